#pragma once

// A small estate whose EDI partner publishes its transmission slots as an .ics file.
// Kept out of the test's .cpp: moc cannot scan raw string literals.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace {

QList<QPair<QString, QByteArray>> partnerEstate(const QByteArray &icsReference)
{
    return {
        {QStringLiteral("estate.yaml"), QByteArrayLiteral(R"(apiVersion: gatehouse/v1
kind: Estate
metadata: {name: partners}
spec:
  defaultTimeZone: Europe/Amsterdam
)")},
        {QStringLiteral("sites.yaml"), QByteArrayLiteral(R"(apiVersion: gatehouse/v1
kind: Site
metadata: {name: chicago}
spec:
  timeZone: America/Chicago
)")},
        {QStringLiteral("environments.yaml"), QByteArrayLiteral(R"(apiVersion: gatehouse/v1
kind: Environment
metadata: {name: production-us}
spec:
  tier: production
  hosting: dedicated
  sites: [chicago]
  kubernetes: {context: prod-us, namespace: odoo-prod-us}
)")},
        {QStringLiteral("integrations/edi.yaml"), QByteArrayLiteral(R"(apiVersion: gatehouse/v1
kind: Integration
metadata: {name: odoo-sale}
spec:
  kind: odoo-module
  criticality: high
  owner: odoo-team
  odooModule: {name: sale, version: "17.0.1.3"}
  processes: [order-to-cash]
---
apiVersion: gatehouse/v1
kind: Integration
metadata: {name: edi-gateway}
spec:
  kind: edi
  criticality: critical
  owner: integrations-team
  partners:
    - name: globex
      displayName: Globex Corporation
)") + QByteArrayLiteral("      ics: ") + icsReference + QByteArrayLiteral(R"(
  dependsOn:
    - {integration: odoo-sale, mode: sync}
)")},
    };
}

// Globex sends its 856 ship notices at 21:00 Chicago time on weekdays (not on
// Thursday 2027-03-11), plus a one-off inventory feed on Saturday 2027-03-13.
const QByteArray kGlobexIcs = QByteArrayLiteral("BEGIN:VCALENDAR\r\n"
                                                "VERSION:2.0\r\n"
                                                "PRODID:-//Globex//EDI schedule//EN\r\n"
                                                "BEGIN:VTIMEZONE\r\n"
                                                "TZID:America/Chicago\r\n"
                                                "BEGIN:DAYLIGHT\r\n"
                                                "TZOFFSETFROM:-0600\r\n"
                                                "TZOFFSETTO:-0500\r\n"
                                                "DTSTART:19700308T020000\r\n"
                                                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"
                                                "END:DAYLIGHT\r\n"
                                                "BEGIN:STANDARD\r\n"
                                                "TZOFFSETFROM:-0500\r\n"
                                                "TZOFFSETTO:-0600\r\n"
                                                "DTSTART:19701101T020000\r\n"
                                                "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"
                                                "END:STANDARD\r\n"
                                                "END:VTIMEZONE\r\n"
                                                "BEGIN:VEVENT\r\n"
                                                "UID:globex-856@example.test\r\n"
                                                "SUMMARY:asn-856\r\n"
                                                "DTSTART;TZID=America/Chicago:20270301T210000\r\n"
                                                "DURATION:PT30M\r\n"
                                                "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\r\n"
                                                "EXDATE;TZID=America/Chicago:20270311T210000\r\n"
                                                "END:VEVENT\r\n"
                                                "BEGIN:VEVENT\r\n"
                                                "UID:globex-846@example.test\r\n"
                                                "SUMMARY:inventory-846\r\n"
                                                "DTSTART:20270313T150000Z\r\n"
                                                "DTEND:20270313T160000Z\r\n"
                                                "END:VEVENT\r\n"
                                                "END:VCALENDAR\r\n");

} // namespace
