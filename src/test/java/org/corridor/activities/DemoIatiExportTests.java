package org.corridor.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.corridor.DemoAsLoadedTest;
import org.corridor.accounts.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The demo's whole registry, as the regional coordinator downloads it, is a valid IATI 2.03 file. The
 * controller is called directly so that the test shares the demo's context with DemoScenarioTests.
 */
@DemoAsLoadedTest
class DemoIatiExportTests {

    @Autowired
    ActivityIatiController controller;

    @Autowired
    UserAccounts accounts;

    @Test
    void theDemosActivitiesExportAsValidIati() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        controller.export(accounts.findByUsername("coordinator").orElseThrow(),
                new ActivityController.Filter(null, null, null, null, null, null, null, null, null), response);
        String xml = response.getContentAsString(StandardCharsets.UTF_8);

        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        factory.newSchema(getClass().getResource("/iati-2.03/iati-activities-schema.xsd")).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
        assertThat(xml).contains("<recipient-country code=\"XK\"><narrative>Kosovo</narrative>")
                .contains("<narrative>Mobile Police Station</narrative>")
                .contains("<activity-status code=\"5\"/>");
    }
}
