/**
 * CRM exports (HubSpot, Pipedrive, Salesforce, a stage log) turned into a history CSV through a
 * stage map (SPEC section 7). Entry points: {@link org.funnelplan.crm.FromCrm#history} and, for a
 * draft stage map, {@link org.funnelplan.crm.FromCrm#draft}.
 */
package org.funnelplan.crm;
