-- Directory search ignores case and the region's diacritics, so that "presevo" finds Preševo and
-- "prishtine" finds Prishtinë on any server locale (lower() of the C locale folds ASCII only, hence
-- both cases are listed). Dashes fold to a hyphen: seeded names use the en dash ("Gevgelija–Idomeni").
create function directory_fold(value text) returns text
    language sql immutable strict parallel safe
as $$
    select lower(translate(value,
        'ŠšĐđČčĆćŽžËëÇçÄäÖöÜüÉéÈèÁáÍíÓóÚúĘęŁłŃńŘřŤťŇňĚěŞşĞğİıÂâÎîȘșȚțĂă–—',
        'SsDdCcCcZzEeCcAaOoUuEeEeAaIiOoUuEeLlNnRrTtNnEeSsGgIiAaIiSsTtAa--'))
$$;
