-- The other sides of the route's borders, so that the regional picture can reconcile the pairs the issue names
-- (Gevgelija/Idomeni, Šid/Tovarnik): reference data, like V2's places. Town-centre coordinates.
insert into location (id, code, name, kind, country_id, latitude, longitude, description) values
    ('6bbffea6-1dda-4c5f-a431-8b8564d3b60d', 'GR-IDOMENI', 'Idomeni', 'TOWN', (select id from country where iso2 = 'GR'), 41.1236, 22.5115,
     'Greek village at the railway crossing to Gevgelija, where people waited to enter Macedonia and where thousands were stranded after the route closed in March 2016.'),
    ('391225dd-3f83-4c24-b3a7-d70370e7b663', 'RS-SID', 'Šid', 'TOWN', (select id from country where iso2 = 'RS'), 45.1283, 19.2264,
     'Serbian town on the Croatian border from which people left for Croatia after Hungary closed its border in September 2015.'),
    ('1bdba15f-6ceb-4740-99e2-97736b657869', 'HR-TOVARNIK', 'Tovarnik', 'TOWN', (select id from country where iso2 = 'HR'), 45.1653, 19.1528,
     'Croatian village facing Šid, the first place in Croatia for those who crossed from Serbia in the autumn of 2015.')
on conflict (code) do nothing;
