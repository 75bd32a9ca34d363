-- Border crossings of the operations off the route (Albania, Montenegro, Bosnia and Herzegovina, Kosovo), where a
-- shifting route would arrive and where the visits and counts of those operations would be recorded. The article
-- says the Presence in Albania gave computers to five border points without naming them: Albania's five main road
-- crossings are recorded here. Coordinates are approximate (to about a kilometre), at the crossing itself.
insert into location (id, code, name, kind, country_id, latitude, longitude, description) values
    ('b78058fa-9739-5a7e-b4b3-48a01d4365e5', 'AL-KAKAVIJE-BCP', 'Kakavijë–Kakavia border crossing', 'BORDER_CROSSING', (select id from country where iso2 = 'AL'), 39.912, 20.365,
     'Albania''s main crossing to Greece, on the road from Gjirokastër to Ioannina: where a route shifting west from Greece would first reach Albania.'),
    ('c985daba-c6ef-5583-b878-cce455936142', 'AL-KAPSHTICE-BCP', 'Kapshticë–Krystallopigi border crossing', 'BORDER_CROSSING', (select id from country where iso2 = 'AL'), 40.604, 21.045,
     'Crossing to Greece south-east of Korçë, the other main road from Greece into Albania.'),
    ('bdc9abf8-e708-52c1-be79-af68f70d0fd2', 'AL-QAFE-THANE-BCP', 'Qafë Thanë–Kjafasan border crossing', 'BORDER_CROSSING', (select id from country where iso2 = 'AL'), 41.146, 20.624,
     'Crossing to North Macedonia west of Struga, on the road from Ohrid to Elbasan.'),
    ('ced41445-8c82-5dc4-bbad-038f8d857fa5', 'AL-HANI-HOTIT-BCP', 'Hani i Hotit–Božaj border crossing', 'BORDER_CROSSING', (select id from country where iso2 = 'AL'), 42.326, 19.451,
     'Crossing to Montenegro north of Shkodër, on the road to Podgorica.'),
    ('9e16d75c-0a0c-5f07-b842-c927ec228832', 'AL-MORINE-BCP', 'Morinë–Vërmicë border crossing', 'BORDER_CROSSING', (select id from country where iso2 = 'AL'), 42.117, 20.563,
     'Crossing to Kosovo near Kukës, on the motorway from Durrës to Pristina.'),
    ('81090748-9626-5bf3-8517-1366d0d5e9ae', 'ME-SUKOBIN-BCP', 'Sukobin–Muriqan border crossing', 'BORDER_CROSSING', (select id from country where iso2 = 'ME'), 41.978, 19.371,
     'Crossing to Albania between Ulcinj and Shkodër, on the coastal route north.'),
    ('fab9f42c-5d7c-5b72-8f4e-284b70cd9290', 'ME-DOBRAKOVO-BCP', 'Dobrakovo border crossing', 'BORDER_CROSSING', (select id from country where iso2 = 'ME'), 43.117, 19.810,
     'Crossing to Serbia north of Bijelo Polje, on the road to Prijepolje.'),
    ('26a5874a-a616-57d1-815f-15d68b3f1485', 'BA-BRCKO-BCP', 'Brčko–Gunja border crossing', 'BORDER_CROSSING', (select id from country where iso2 = 'BA'), 44.885, 18.803,
     'Bridge over the Sava from Brčko District to Croatia.'),
    ('9a775008-0cc3-5237-9e87-04c8e3460252', 'BA-ZVORNIK-BCP', 'Karakaj–Mali Zvornik border crossing', 'BORDER_CROSSING', (select id from country where iso2 = 'BA'), 44.392, 19.110,
     'Bridge over the Drina from Zvornik to Serbia.'),
    ('167fc574-9a65-5451-8da3-d87abde55d75', 'XK-HANI-ELEZIT-BCP', 'Hani i Elezit–Blace border crossing', 'BORDER_CROSSING', (select id from country where iso2 = 'XK'), 42.141, 21.301,
     'Crossing to North Macedonia on the road from Pristina to Skopje.'),
    ('6a347baa-b075-53f7-aac8-e9546a37c924', 'XK-MERDARE-BCP', 'Merdare border crossing', 'BORDER_CROSSING', (select id from country where iso2 = 'XK'), 43.000, 21.222,
     'Crossing to Serbia north-east of Podujevë, on the road from Pristina to Niš.')
on conflict (code) do nothing;


-- A place and the centre or crossing beside it had one coordinate pair, so the map drew them as one point: each centre
-- at its own place (approximate). Only where the seed's values are still unchanged, so an edited place keeps its edit.
update location set latitude = 41.1320, longitude = 22.5140
 where code = 'MK-GEVGELIJA-TC' and latitude = 41.1403 and longitude = 22.5028;
update location set latitude = 42.2190, longitude = 21.7010
 where code = 'MK-TABANOVCE-TC' and latitude = 42.2147 and longitude = 21.7083;
update location set latitude = 42.3030, longitude = 21.6550
 where code = 'RS-PRESEVO-OSC' and latitude = 42.3089 and longitude = 21.6478;
