-- A country's representative point: where a map or a GeoJSON file puts what is known of the country as a whole (a
-- national total of a flow count), since such a count has no place of its own. Stated, not computed: the capital,
-- which lies inside the country (the centre of Croatia's outline does not). Null for a country added without one.

alter table country
    add column point_latitude  double precision check (point_latitude between -90 and 90),
    add column point_longitude double precision check (point_longitude between -180 and 180),
    add column point_is        text check (length(point_is) <= 100),
    add constraint country_point_whole check ((point_latitude is null) = (point_longitude is null)
                                              and (point_latitude is null) = (point_is is null));

update country c set point_latitude = p.latitude, point_longitude = p.longitude, point_is = 'capital: ' || p.capital
from (values ('GR', 37.983800, 23.727500, 'Athens'),
             ('MK', 41.996100, 21.431700, 'Skopje'),
             ('RS', 44.817800, 20.456900, 'Belgrade'),
             ('HU', 47.497900, 19.040200, 'Budapest'),
             ('HR', 45.815000, 15.981900, 'Zagreb'),
             ('SI', 46.056900, 14.505800, 'Ljubljana'),
             ('AT', 48.208200, 16.373800, 'Vienna'),
             ('DE', 52.520000, 13.405000, 'Berlin'),
             ('AL', 41.327500, 19.818700, 'Tirana'),
             ('BA', 43.856300, 18.413100, 'Sarajevo'),
             ('XK', 42.662900, 21.165500, 'Pristina'),
             ('ME', 42.441100, 19.263100, 'Podgorica'),
             ('TR', 39.933400, 32.859700, 'Ankara'),
             ('BG', 42.697700, 23.321900, 'Sofia')) as p (iso2, latitude, longitude, capital)
where c.iso2 = p.iso2;
