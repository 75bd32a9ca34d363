package org.corridor.directory;

import java.util.UUID;

/**
 * Where a country as a whole is drawn (a national total has no place of its own): a stated point inside it, and what
 * that point is ({@code "capital: Athens"}).
 */
public record CountryPoint(UUID countryId, double latitude, double longitude, String pointIs) {
}
