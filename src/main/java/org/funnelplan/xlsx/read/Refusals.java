package org.funnelplan.xlsx.read;

import org.funnelplan.model.InputException;

/** Puts a {@link Refusal} of {@link XlsxPackage#open} into the caller's words; the package throws what it gives. */
@FunctionalInterface
public interface Refusals {
    /**
     * @param file   the file as given
     * @param detail what {@link Refusal#NOT_ZIP} says the file looks like, or null
     * @return the error to throw, its message starting with {@code file: }
     */
    InputException refuse(String file, Refusal refusal, String detail);
}
