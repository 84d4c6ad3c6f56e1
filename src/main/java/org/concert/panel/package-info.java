/**
 * Panels: a query answered on a series of snapshot dates, as one long table for statistical software.
 */
package org.concert.panel;
