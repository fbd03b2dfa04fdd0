/**
 * Outputs written safely: temporary files moved into place only when a run is complete, and undone
 * when it is not. Entry point: {@link org.funnelplan.files.TempFiles#atomically}.
 */
package org.funnelplan.files;
