/*
 * Region maps: every element with a data-region-map attribute becomes a Leaflet map of the region with
 * the country outlines shipped with Corridor (/geo/region-countries.geojson) and no tile layer, so a map
 * needs no internet access and no third-party server learns who looks at what.
 *
 * The element's attributes:
 *   data-points="ID"           id of a <script type="application/json"> block holding
 *                              [{"name", "lat", "lon", "count", "colour": "ok|warn|alert", "url", "label"}]
 *   data-route-countries="GR MK RS"   ISO 3166 alpha-2 codes drawn a little stronger (space or comma separated)
 *   data-countries-url         where the outlines are (default /geo/region-countries.geojson); pages give it
 *                              with th:attr so a context path is kept
 *   data-fit="points"          fit the view to the points instead of the whole region
 *   data-label-zoom-in, data-label-zoom-out   the zoom buttons' names in the page's language
 *
 * The page always shows a table of the same points beside the map, and gives the map element its role and
 * aria-label: markers are for the eye, the table is for everyone. Nothing is inserted as HTML: names and
 * labels from the data become text nodes, so a place called "<b>" stays a place called "<b>".
 * Colours are classes (region-map-point-ok, ...) styled in corridor.css; Leaflet sets the rest through
 * the DOM, which the Content Security Policy allows.
 */
(function () {
  'use strict';

  var REGION = [[34, 12], [50, 32]];
  // Panning stops a little beyond the outlines, so nobody loses the map in empty sea.
  var LIMITS = [[29, 4], [55, 40]];
  var DEFAULT_COUNTRIES_URL = '/geo/region-countries.geojson';
  var COLOURS = {ok: true, warn: true, alert: true};
  var MIN_RADIUS = 5;
  var MAX_RADIUS = 22;
  var MAX_POINTS_ZOOM = 9;

  var outlines = {};

  /* One request per page for the outlines, however many maps share them. */
  function loadOutlines(url) {
    if (!outlines[url]) {
      outlines[url] = fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/geo+json, application/json'}})
        .then(function (response) {
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          return response.json();
        });
    }
    return outlines[url];
  }

  function codes(list) {
    var set = {};
    (list || '').split(/[\s,]+/).forEach(function (code) {
      if (code) {
        set[code.toUpperCase()] = true;
      }
    });
    return set;
  }

  function readPoints(element) {
    var id = element.getAttribute('data-points');
    if (!id) {
      return [];
    }
    var block = document.getElementById(id);
    if (block === null) {
      console.error('region-map: no data block with id "' + id + '"');
      return [];
    }
    var data;
    try {
      data = JSON.parse(block.textContent);
    } catch (e) {
      console.error('region-map: the data block "' + id + '" is not JSON: ' + e.message);
      return [];
    }
    if (!Array.isArray(data)) {
      console.error('region-map: the data block "' + id + '" is not a list');
      return [];
    }
    return data.filter(function (point) {
      return point !== null && typeof point === 'object' && typeof point.lat === 'number' && isFinite(point.lat)
        && typeof point.lon === 'number' && isFinite(point.lon);
    });
  }

  /* Only links into the application itself: a stray "javascript:" from the data never becomes a link. */
  function safeUrl(url) {
    return typeof url === 'string' && url.charAt(0) === '/' && url.charAt(1) !== '/' && url.charAt(1) !== '\\' ? url : null;
  }

  function popupContent(point) {
    var content = document.createElement('div');
    var title = document.createElement(safeUrl(point.url) ? 'a' : 'strong');
    title.textContent = point.name || '';
    if (safeUrl(point.url)) {
      title.href = safeUrl(point.url);
    }
    content.appendChild(title);
    if (point.label) {
      var label = document.createElement('p');
      label.className = 'region-map-popup-label';
      label.textContent = point.label;
      content.appendChild(label);
    }
    return content;
  }

  /* Area, not radius, grows with the count, so a place with four times the visits looks four times as big. */
  function radius(count, largest) {
    if (!(count > 0) || !(largest > 0)) {
      return MIN_RADIUS;
    }
    return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(count / largest));
  }

  function addPoints(map, points) {
    var largest = points.reduce(function (max, point) {
      return Math.max(max, Number(point.count) || 0);
    }, 0);
    // Large circles first, so small ones stay on top and can be clicked.
    var ordered = points.slice().sort(function (a, b) {
      return (Number(b.count) || 0) - (Number(a.count) || 0);
    });
    var layer = L.featureGroup();
    ordered.forEach(function (point) {
      var colour = COLOURS[point.colour] ? ' region-map-point-' + point.colour : '';
      var size = radius(Number(point.count), largest);
      var marker = L.circleMarker([point.lat, point.lon], {
        radius: size,
        className: 'region-map-point' + colour
      });
      // Leaflet opens a shape's popup where it was clicked; a place's popup points at the top of its circle.
      marker.bindPopup(popupContent(point), {offset: L.point(0, 7 - size)});
      marker.on('popupopen', function (event) {
        event.popup.setLatLng(marker.getLatLng());
      });
      marker.addTo(layer);
    });
    return layer.addTo(map);
  }

  function addCountries(map, element) {
    var route = codes(element.getAttribute('data-route-countries'));
    var url = element.getAttribute('data-countries-url') || DEFAULT_COUNTRIES_URL;
    loadOutlines(url).then(function (geojson) {
      L.geoJSON(geojson, {
        pane: 'countries',
        interactive: false,
        attribution: 'Natural Earth',
        style: function (feature) {
          var iso2 = String(feature.properties && feature.properties.iso2 || '').toUpperCase();
          var className = 'region-map-country region-map-country-' + iso2.toLowerCase();
          return {className: route[iso2] ? className + ' region-map-country-route' : className};
        }
      }).addTo(map);
      element.setAttribute('data-countries-loaded', '');
    }).catch(function (e) {
      // The markers still stand on the sea colour; the table beside the map has everything.
      console.error('region-map: could not load the country outlines from ' + url + ': ' + e.message);
    });
  }

  function makeMap(element) {
    if (element.hasAttribute('data-region-map-ready')) {
      return;
    }
    element.setAttribute('data-region-map-ready', '');
    var map = L.map(element, {
      zoomControl: false,
      zoomSnap: 0.25,
      zoomDelta: 0.5,
      // The page scrolls under a finger or a wheel; the map zooms with its buttons, a pinch or a double tap.
      scrollWheelZoom: false,
      maxBounds: LIMITS,
      maxBoundsViscosity: 1
    });
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    L.control.zoom({
      zoomInTitle: element.getAttribute('data-label-zoom-in') || 'Zoom in',
      zoomOutTitle: element.getAttribute('data-label-zoom-out') || 'Zoom out'
    }).addTo(map);
    map.createPane('countries');

    var points = addPoints(map, readPoints(element));
    var fitToPoints = element.getAttribute('data-fit') === 'points' && points.getLayers().length > 0;
    var untouched = true;
    var fitting = false;
    function fit() {
      fitting = true;
      map.setMinZoom(0);
      if (fitToPoints) {
        map.fitBounds(points.getBounds(), {padding: [MAX_RADIUS + 8, MAX_RADIUS + 8], maxZoom: MAX_POINTS_ZOOM, animate: false});
      } else {
        map.fitBounds(REGION, {animate: false});
      }
      map.setMinZoom(Math.min(map.getZoom(), map.getBoundsZoom(REGION)) - 0.5);
      fitting = false;
    }
    fit();
    // A phone turned sideways or a window resized gets the whole view again, unless the person has moved the map.
    map.on('dragstart zoomstart', function () {
      untouched = untouched && fitting;
    });
    map.on('resize', function () {
      if (untouched) {
        fit();
      }
    });
    addCountries(map, element);
  }

  function makeMaps(root) {
    if (typeof L === 'undefined') {
      return;
    }
    var elements = root.querySelectorAll('[data-region-map]');
    for (var i = 0; i < elements.length; i++) {
      makeMap(elements[i]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () {
      makeMaps(document);
    });
  } else {
    makeMaps(document);
  }

  /* A map swapped in by htmx is made like one in a freshly loaded page. */
  document.addEventListener('htmx:load', function (event) {
    var elt = event.detail && event.detail.elt;
    if (!elt || !elt.querySelectorAll || typeof L === 'undefined') {
      return;
    }
    if (elt.matches('[data-region-map]')) {
      makeMap(elt);
    }
    makeMaps(elt);
  });
})();
