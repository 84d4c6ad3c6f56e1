/**
 * Charts for people: member counts over time, drawn with JFreeChart and written as SVG (JFreeSVG) or PNG. The only
 * package that knows JFreeChart.
 */
package org.concert.chart;
