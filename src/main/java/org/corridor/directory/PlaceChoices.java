package org.corridor.directory;

import java.util.List;

/**
 * The places a record form offers for an operation: its own (those in its host country) first, then the others, so
 * that an officer at Gevgelija does not scroll past Athens and Vienna. With no operation chosen, or one unknown, every
 * place is one of the others and the list is shown as one.
 */
public record PlaceChoices(List<LocationSummary> own, List<LocationSummary> others) {
}
