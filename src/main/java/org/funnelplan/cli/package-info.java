/**
 * The commands only (generate, variance, history, from-crm, templates, demo): options, exit codes,
 * console words. Entry point: {@link org.funnelplan.cli.Main#main}, or {@link org.funnelplan.cli.Main#run}
 * with its own output and error writers.
 */
package org.funnelplan.cli;
