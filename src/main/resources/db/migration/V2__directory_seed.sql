-- Seeds the region described in the article "The Response of OSCE Field Operations in South-Eastern Europe
-- to the Migration and Refugee Crisis" (Marciacq/Flessenkemper/Boštjančič Pulko): reference data, not demo data.

-- Countries and territories on or near the 2015-2016 Western Balkan route. on_route marks the states the
-- route actually crossed (Greece - North Macedonia - Serbia - Hungary/Croatia - Slovenia - Austria - Germany).
-- XK/XKX are the user-assigned codes commonly used for Kosovo; the OSCE itself is status-neutral.
insert into country (id, iso2, iso3, name, on_route) values
    ('e94b1a7e-5064-42b4-aaa4-b4bce11033e8', 'GR', 'GRC', 'Greece', true),
    ('de065bc9-4d6c-4c5d-8bf4-8a7ec26d587b', 'MK', 'MKD', 'North Macedonia', true),
    ('0b8b7de1-3e67-4af1-8ee0-5f5479729146', 'RS', 'SRB', 'Serbia', true),
    ('bd52affb-bff6-4de9-b578-48069e952ab8', 'HU', 'HUN', 'Hungary', true),
    ('b8d00068-9884-4a93-9b0b-5e9ba311690f', 'HR', 'HRV', 'Croatia', true),
    ('00330a1f-97d0-4ce6-9d7b-6b7c0790c0c2', 'SI', 'SVN', 'Slovenia', true),
    ('875da947-57df-42dd-9314-4e7fdd9e9863', 'AT', 'AUT', 'Austria', true),
    ('98c7c190-aaee-4395-9219-6893a3d6f7c8', 'DE', 'DEU', 'Germany', true),
    ('d07db7bc-e223-4238-8125-167903dfc74a', 'AL', 'ALB', 'Albania', false),
    ('65e0c53c-af05-4848-ad4b-0a52784dc56b', 'BA', 'BIH', 'Bosnia and Herzegovina', false),
    ('4c4ec342-f436-4440-a31f-fde473973ea1', 'XK', 'XKX', 'Kosovo', false),
    ('ece08e95-e308-487a-b36f-bcd85276d305', 'ME', 'MNE', 'Montenegro', false),
    ('c4bd3902-9a9b-46da-93ad-a685b278deb1', 'TR', 'TUR', 'Turkey', false),
    ('5fd4e5d6-4ecc-423b-bccc-670f567a6c97', 'BG', 'BGR', 'Bulgaria', false);

-- The six OSCE field operations in South-Eastern Europe covered by the article.
insert into field_operation (id, code, name, host_country_id, head_office_city, website) values
    ('d125b825-f62b-48d6-b724-118978877655', 'albania', 'OSCE Presence in Albania', (select id from country where iso2 = 'AL'), 'Tirana', 'https://www.osce.org/presence-in-albania'),
    ('ae5afbcf-7d64-448c-b0e3-879d68f1f836', 'bih', 'OSCE Mission to Bosnia and Herzegovina', (select id from country where iso2 = 'BA'), 'Sarajevo', 'https://www.osce.org/mission-to-bosnia-and-herzegovina'),
    ('a3cf5344-2331-468f-9208-df06775328ad', 'kosovo', 'OSCE Mission in Kosovo', (select id from country where iso2 = 'XK'), 'Pristina / Prishtinë', 'https://www.osce.org/mission-in-kosovo'),
    ('3836a5c2-3e99-432c-a4ae-8f82637861d5', 'skopje', 'OSCE Mission to Skopje', (select id from country where iso2 = 'MK'), 'Skopje', 'https://www.osce.org/mission-to-skopje'),
    ('9bfb5379-985a-4654-809a-20cec287cc50', 'montenegro', 'OSCE Mission to Montenegro', (select id from country where iso2 = 'ME'), 'Podgorica', 'https://www.osce.org/mission-to-montenegro'),
    ('3052a833-0fca-4465-9385-d7a2398d0248', 'serbia', 'OSCE Mission to Serbia', (select id from country where iso2 = 'RS'), 'Belgrade', 'https://www.osce.org/mission-to-serbia');

-- Head offices and field offices. Coordinates are those of the town or city the office is in
-- (the Gevgelija office was a container in the Vinojug transit camp, opened in 2016).
insert into office (id, operation_id, name, city, head_office, latitude, longitude) values
    ('f90d547f-957b-49bc-93a4-93948eb123d3', (select id from field_operation where code = 'albania'), 'Head Office Tirana', 'Tirana', true, 41.3275, 19.8187),
    ('b24a3d43-522d-48c2-8132-624b7752e586', (select id from field_operation where code = 'bih'), 'Head Office Sarajevo', 'Sarajevo', true, 43.8563, 18.4131),
    ('d84d295a-c41a-4832-92ef-8228fdd6225e', (select id from field_operation where code = 'bih'), 'Field Office Brčko', 'Brčko', false, 44.8726, 18.8106),
    ('935fd108-77ea-4ec4-b4ff-d0fcf3599f23', (select id from field_operation where code = 'bih'), 'Field Office Banja Luka', 'Banja Luka', false, 44.7722, 17.1910),
    ('113965dd-a3ab-4ea1-900e-a048ce7a9c2f', (select id from field_operation where code = 'bih'), 'Field Office Mostar', 'Mostar', false, 43.3438, 17.8078),
    ('2da6d99e-c94a-4286-9fa1-eb113d347040', (select id from field_operation where code = 'kosovo'), 'Headquarters Pristina', 'Pristina / Prishtinë', true, 42.6629, 21.1655),
    ('f80589be-bdbd-46ab-b111-41a0646662a2', (select id from field_operation where code = 'kosovo'), 'Regional Centre Mitrovica', 'Mitrovica / Mitrovicë', false, 42.8914, 20.8660),
    ('43d53576-7266-4c5a-b8c6-987324833529', (select id from field_operation where code = 'kosovo'), 'Regional Centre Prizren', 'Prizren', false, 42.2139, 20.7397),
    ('503990e7-d46f-46aa-9405-a4ee33584a40', (select id from field_operation where code = 'kosovo'), 'Regional Centre Peja', 'Peja / Peć', false, 42.6593, 20.2887),
    ('8d871216-a659-4794-add3-e2972cbb782f', (select id from field_operation where code = 'kosovo'), 'Regional Centre Gjilan', 'Gjilan / Gnjilane', false, 42.4635, 21.4694),
    ('b4250620-2b5d-4993-8d2d-804a830ca54a', (select id from field_operation where code = 'skopje'), 'Head Office Skopje', 'Skopje', true, 41.9961, 21.4317),
    ('f9509ead-e049-4ee2-a1e6-39ec850c7044', (select id from field_operation where code = 'skopje'), 'Gevgelija Office', 'Gevgelija', false, 41.1403, 22.5028),
    ('4623639e-5d6f-4d22-8f81-7a8104446e88', (select id from field_operation where code = 'montenegro'), 'Head Office Podgorica', 'Podgorica', true, 42.4411, 19.2631),
    ('062fd692-4b9a-43b7-9bbb-ff53db642d13', (select id from field_operation where code = 'serbia'), 'Head Office Belgrade', 'Belgrade', true, 44.8178, 20.4569),
    ('0a09f468-fe00-4e27-8619-bde7e09b8d4c', (select id from field_operation where code = 'serbia'), 'Bujanovac Office', 'Bujanovac', false, 42.4606, 21.7669);

-- Places the article names, plus the six capitals and the route's crossing points. Towns carry town-centre
-- coordinates; the Vinojug, Tabanovce and Preševo centres carry those of the town or village they stand in.
insert into location (id, code, name, kind, country_id, latitude, longitude, description) values
    ('944466c6-cc05-4115-bc78-e5a73837cf38', 'AL-TIRANA', 'Tirana', 'TOWN', (select id from country where iso2 = 'AL'), 41.3275, 19.8187,
     'Seat of the OSCE Presence in Albania; hosted the September 2016 ombudsman conference that adopted the Tirana Declaration on Migration.'),
    ('c7d01202-62fd-40fd-93ae-214ae779c21e', 'BA-SARAJEVO', 'Sarajevo', 'TOWN', (select id from country where iso2 = 'BA'), 43.8563, 18.4131,
     'Seat of the OSCE Mission to Bosnia and Herzegovina, which followed the crisis at a distance.'),
    ('d1cec66b-98a4-40ec-b207-0ee3ba946608', 'XK-PRISTINA', 'Pristina', 'TOWN', (select id from country where iso2 = 'XK'), 42.6629, 21.1655,
     'Seat of the OSCE Mission in Kosovo, whose officers monitored municipalities'' reintegration of repatriated Kosovo migrants.'),
    ('0ee6f7e5-aa42-4212-b788-c7d6c068cc7c', 'MK-SKOPJE', 'Skopje', 'TOWN', (select id from country where iso2 = 'MK'), 41.9961, 21.4317,
     'Seat of the OSCE Mission to Skopje, which ran its border monitoring from the capital; hosted a regional law-enforcement meeting on migrant smuggling.'),
    ('ed39a72a-b5cc-483c-a8a5-e9da22cb6318', 'ME-PODGORICA', 'Podgorica', 'TOWN', (select id from country where iso2 = 'ME'), 42.4411, 19.2631,
     'Seat of the OSCE Mission to Montenegro, which helped organise a September 2016 workshop on irregular migration.'),
    ('7bc4af77-3588-4e36-9d5b-32c8faa14b5d', 'RS-BELGRADE', 'Belgrade', 'TOWN', (select id from country where iso2 = 'RS'), 44.8178, 20.4569,
     'Seat of the OSCE Mission to Serbia; UNHCR and other UN agencies held regular crisis briefings here.'),
    ('91fd43e1-2e92-41f5-8349-eea67eacccd7', 'MK-GEVGELIJA', 'Gevgelija', 'TOWN', (select id from country where iso2 = 'MK'), 41.1403, 22.5028,
     'Town on the southern border with Greece where OSCE police-development teams were deployed up to four times a week.'),
    ('1ae25627-08fc-427b-a410-5f20ac2f9937', 'MK-GEVGELIJA-BCP', 'Gevgelija–Idomeni border crossing', 'BORDER_CROSSING', (select id from country where iso2 = 'MK'), 41.1264, 22.5092,
     'Railway-line crossing from Idomeni in Greece where refugees entered Macedonia; focus of the Mission to Skopje''s southern-border monitoring.'),
    ('ae8ca6ec-1fc4-4d6c-a3ad-7fd98e7275b3', 'MK-GEVGELIJA-TC', 'Vinojug transit centre', 'TRANSIT_CENTRE', (select id from country where iso2 = 'MK'), 41.1403, 22.5028,
     'Transit camp at Gevgelija where the Mission to Skopje installed a container office in 2016.'),
    ('1e5a252c-dd38-455e-afa2-69df1c3235b9', 'MK-TABANOVCE', 'Tabanovce', 'TOWN', (select id from country where iso2 = 'MK'), 42.2147, 21.7083,
     'Village on the northern border with Serbia, where the Mission and Macedonian police researched migration-related trafficking.'),
    ('fa6c93aa-1f64-44f4-90f9-f969aee522ee', 'MK-TABANOVCE-BCP', 'Tabanovce–Preševo border crossing', 'BORDER_CROSSING', (select id from country where iso2 = 'MK'), 42.2356, 21.7034,
     'Main Macedonia–Serbia crossing on the E-75; refugees walked on from Tabanovce to Miratovac on the Serbian side.'),
    ('aebb2d1b-f5fd-4974-9a6c-ba87d67a7981', 'MK-TABANOVCE-TC', 'Tabanovce transit centre', 'TRANSIT_CENTRE', (select id from country where iso2 = 'MK'), 42.2147, 21.7083,
     'Transit station on the northern border visited by the Heads of the Missions to Serbia and Skopje in November 2015.'),
    ('c1ec7728-f86e-44be-93f0-dee3dfc74023', 'RS-PRESEVO', 'Preševo', 'TOWN', (select id from country where iso2 = 'RS'), 42.3089, 21.6478,
     'Town in south Serbia near the Macedonian border where the Mission to Serbia worked with the Preševo Youth Office.'),
    ('ff6a8d99-49a1-4867-aa94-25b91ef678b3', 'RS-PRESEVO-OSC', 'Preševo one-stop centre', 'ONE_STOP_CENTRE', (select id from country where iso2 = 'RS'), 42.3089, 21.6478,
     'Registration and reception centre for arrivals from Macedonia, visited jointly by the Heads of the Missions to Serbia and Skopje in November 2015.'),
    ('8993c190-9823-488a-a623-ef0abb0698e3', 'RS-BUJANOVAC', 'Bujanovac', 'TOWN', (select id from country where iso2 = 'RS'), 42.4606, 21.7669,
     'Seat of the Mission to Serbia''s office in south Serbia, used to monitor the southern border.'),
    ('d123b468-7a41-4ae3-b677-5f706cbff543', 'RS-HORGOS', 'Horgoš', 'TOWN', (select id from country where iso2 = 'RS'), 46.1533, 19.9703,
     'Border village facing Hungary; the Mission to Serbia sent the Permanent Council a spot report on the 2015 incidents here.'),
    ('a5a750d7-5198-414f-954a-9afe8e10a933', 'RS-HORGOS-BCP', 'Horgoš–Röszke border crossing', 'BORDER_CROSSING', (select id from country where iso2 = 'RS'), 46.1755, 19.9772,
     'Main Serbia–Hungary crossing, closed by Hungary in September 2015 amid clashes at the border.'),
    ('6a407135-c090-4184-9ac5-53a0234ff651', 'BA-BRCKO', 'Brčko', 'TOWN', (select id from country where iso2 = 'BA'), 44.8726, 18.8106,
     'Brčko District, where an OSCE human rights officer found local authorities unprepared and the police chief asked for training.'),
    ('8139976e-5579-45a4-81f8-4298f5c9a20c', 'BA-BANJA-LUKA', 'Banja Luka', 'TOWN', (select id from country where iso2 = 'BA'), 44.7722, 17.1910,
     'The Mission helped organise a conference at the Faculty of Law here on Bosnia and Herzegovina welcoming migrants.'),
    ('394af849-c44f-471e-94a9-0ffdd8e69e21', 'AT-VIENNA', 'Vienna', 'TOWN', (select id from country where iso2 = 'AT'), 48.2082, 16.3738,
     'Seat of the OSCE Secretariat and Permanent Council, to which the missions'' migration reports were sent.'),
    ('d6afc6a0-0492-46c5-b46b-051314de1ddf', 'GR-ATHENS', 'Athens', 'TOWN', (select id from country where iso2 = 'GR'), 37.9838, 23.7275,
     'Hosted the OSCE–ELIAMEP event on the migration crisis and European security on 10 May 2016.');

-- Organisations the article names (the ministries and police forces are those it mentions by country).
insert into partner_organisation (id, name, acronym, kind, country_id, website) values
    ('b81b1137-896b-4fd3-8f60-04164b05a01e', 'United Nations', 'UN', 'INTERNATIONAL_ORGANISATION', null, 'https://www.un.org'),
    ('783234c2-74cb-4153-8c09-cb6ebadc16b0', 'Office of the United Nations High Commissioner for Refugees', 'UNHCR', 'UN_AGENCY', null, 'https://www.unhcr.org'),
    ('c345911f-b1e2-4ca2-bbc2-2dc938701ec2', 'United Nations Children''s Fund', 'UNICEF', 'UN_AGENCY', null, 'https://www.unicef.org'),
    ('9c6b2509-4f9f-4852-b859-c173e3888608', 'United Nations Office on Drugs and Crime', 'UNODC', 'UN_AGENCY', null, 'https://www.unodc.org'),
    ('318561f4-ee9f-4a0c-891a-992025d698af', 'International Organization for Migration', 'IOM', 'UN_AGENCY', null, 'https://www.iom.int'),
    ('d52c3365-43ce-4b60-ba4a-e6639863df62', 'European Union', 'EU', 'EU', null, 'https://european-union.europa.eu'),
    ('7ec74592-f56e-4e5b-b12f-82d0c48ec8b9', 'Save the Children', null, 'INGO', null, 'https://www.savethechildren.net'),
    ('71b93b75-83aa-4fb7-8d77-4c71eacaa1f2', 'Red Cross of the Republic of North Macedonia', null, 'NGO', (select id from country where iso2 = 'MK'), null),
    ('93717172-7c76-47c9-b2aa-16aa417f2d88', 'Macedonian Young Lawyers Association', 'MYLA', 'NGO', (select id from country where iso2 = 'MK'), 'https://myla.org.mk'),
    ('a983429b-1380-4964-ba08-ebb0d82ca424', 'Belgrade Centre for Human Rights', 'BCHR', 'NGO', (select id from country where iso2 = 'RS'), 'http://www.bgcentar.org.rs'),
    ('c7b17b39-f345-40a5-878b-23af80de4c31', 'Preševo Youth Office', null, 'NGO', (select id from country where iso2 = 'RS'), null),
    ('dcaa9ed1-fd20-48b9-b15b-e374eeb5eaf5', 'Titulli', null, 'NGO', (select id from country where iso2 = 'RS'), null),
    ('1573cc04-546b-428d-9091-c2b21ae5806e', 'Southeast Europe Association', 'SOG', 'NGO', (select id from country where iso2 = 'DE'), 'https://www.sogde.org'),
    ('7f861826-3a41-4e99-b9ac-6b2ad7624539', 'Hellenic Foundation for European and Foreign Policy', 'ELIAMEP', 'NGO', (select id from country where iso2 = 'GR'), 'https://www.eliamep.gr'),
    ('a252612c-0ec7-4905-a3e7-5793632ac109', 'OSCE Secretariat', null, 'OSCE_STRUCTURE', null, 'https://www.osce.org/secretariat'),
    ('e9be8558-0de5-4a2f-a4db-0ab47d7386ab', 'OSCE Permanent Council', 'PC', 'OSCE_STRUCTURE', null, 'https://www.osce.org/permanent-council'),
    ('0615dac4-1dbd-4ac2-b68e-39e221bed2ac', 'OSCE Office for Democratic Institutions and Human Rights', 'ODIHR', 'OSCE_STRUCTURE', null, 'https://www.osce.org/odihr'),
    ('c94e6ea7-5e1d-4820-9ffb-5f35de05cabd', 'OSCE Parliamentary Assembly', 'OSCE PA', 'OSCE_STRUCTURE', null, 'https://www.oscepa.org'),
    ('ec14f6cf-d179-480f-aa28-2931c6b388d6', 'OSCE PA Ad Hoc Committee on Migration', null, 'OSCE_STRUCTURE', null, null),
    ('69858107-6292-49fe-b8b8-f7af8be4ec8a', 'Office of the OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings', 'OSR/CTHB', 'OSCE_STRUCTURE', null, 'https://www.osce.org/cthb'),
    ('ad51d3b4-2390-4f9e-a4d6-fa00dfddb8ba', 'OSCE Transnational Threats Department', 'TNTD', 'OSCE_STRUCTURE', null, null),
    ('fc43f922-859a-4cb7-99da-6fe07a1215eb', 'Ministry of Interior of the Republic of Serbia', 'MUP', 'NATIONAL_AUTHORITY', (select id from country where iso2 = 'RS'), 'https://www.mup.gov.rs'),
    ('e1316fc2-a48c-4f1c-b235-da203a0dfc22', 'Ministry of Internal Affairs of North Macedonia', 'MVR', 'NATIONAL_AUTHORITY', (select id from country where iso2 = 'MK'), 'https://mvr.gov.mk'),
    ('000d0c0f-c54b-4695-8276-4e02b2ebdaef', 'Albanian State Police', 'ASP', 'NATIONAL_AUTHORITY', (select id from country where iso2 = 'AL'), 'https://www.asp.gov.al'),
    ('5f9f3607-a338-43bd-9ccd-7bdc2afc6267', 'Brčko District Police', null, 'NATIONAL_AUTHORITY', (select id from country where iso2 = 'BA'), null);
