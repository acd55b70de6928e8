#include "postgresfixture.h"
#include "prometheusfixture.h"

#include "services/alertmanagerclient.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Gatehouse;
using Services::AlertmanagerClient;
using Alert = AlertmanagerClient::Alert;
using Silence = AlertmanagerClient::Silence;

namespace {

using Tests::await;

} // namespace

class TestAlertmanagerClient : public QObject
{
    Q_OBJECT

private:
    Tests::PrometheusFixture m_fixture;
    AlertmanagerClient m_client;

    /// What Prometheus sends when a rule of the shipped set fires (the rule itself waits
    /// 10 minutes before firing, too long for a test).
    bool postAlert(const QString &environment, const QString &partner)
    {
        const QJsonObject alert{
            {QStringLiteral("labels"),
             QJsonObject{{QStringLiteral("alertname"), QStringLiteral("EdiFailureRatioHigh")},
                         {QStringLiteral("environment"), environment},
                         {QStringLiteral("partner"), partner},
                         {QStringLiteral("severity"), QStringLiteral("critical")}}},
            {QStringLiteral("annotations"),
             QJsonObject{{QStringLiteral("summary"),
                          QStringLiteral("EDI with %1 in %2 fails 20% of messages").arg(partner, environment)}}},
            {QStringLiteral("startsAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("endsAt"), QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs)}};
        return m_fixture.postAlerts(QJsonArray{alert});
    }

    /// The state of the EDI alert of `environment`, or -1 when Alertmanager does not list it.
    int alertState(const QString &environment, QStringList *silencedBy = nullptr)
    {
        const auto alerts = await(m_client.alerts({QStringLiteral("environment=\"%1\"").arg(environment)}));
        if (!alerts.ok() || alerts->size() != 1)
            return -1;
        if (silencedBy)
            *silencedBy = alerts->constFirst().silencedBy;
        return int(alerts->constFirst().state);
    }

    Silence::State silenceState(const QString &id)
    {
        const auto silences = await(m_client.silences());
        for (const Silence &silence : silences.value())
            if (silence.id == id)
                return silence.state;
        return Silence::State::Pending;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Tests::PrometheusFixture::Options options;
        options.withAlertmanager = true;
        options.ruleFiles = {Tests::PrometheusFixture::shippedRules()};
        QVERIFY2(m_fixture.start(options), qPrintable(m_fixture.errorString()));
        Services::HttpEndpoint endpoint;
        endpoint.url = m_fixture.alertmanagerUrl();
        m_client.setEndpoint(endpoint);
        QVERIFY(postAlert(QStringLiteral("prod"), QStringLiteral("acme-retail")));
        QVERIFY(postAlert(QStringLiteral("staging"), QStringLiteral("acme-retail")));
    }

    void firingAlertsCarryLabelsAndAnnotations()
    {
        QTRY_COMPARE_WITH_TIMEOUT(alertState(QStringLiteral("prod")), int(Alert::State::Active), 10000);
        const auto alerts = await(m_client.alerts());
        QVERIFY(alerts.ok());
        QCOMPARE(alerts->size(), 2);
        for (const Alert &alert : alerts.value()) {
            QCOMPARE(alert.name(), QStringLiteral("EdiFailureRatioHigh"));
            QCOMPARE(alert.labels.value(QStringLiteral("partner")), QStringLiteral("acme-retail"));
            QCOMPARE(alert.annotations.value(QStringLiteral("summary")),
                     QStringLiteral("EDI with acme-retail in %1 fails 20% of messages")
                         .arg(alert.labels.value(QStringLiteral("environment"))));
            QVERIFY(alert.startsAt.isValid());
            QVERIFY(!alert.fingerprint.isEmpty());
        }
        QCOMPARE(m_client.state().status, Models::SourceState::Status::Fresh);
    }

    void silenceForAChangeSuppressesUntilTheWindowEnds()
    {
        Models::ChangeRequest change;
        change.id = 42;
        change.title = QStringLiteral("EDI mapping for acme-retail");
        change.environment = QStringLiteral("prod");
        change.windowStart = QDateTime::currentDateTimeUtc();
        change.windowEnd = change.windowStart.addSecs(4);
        const Silence silence = AlertmanagerClient::silenceForChange(change, QStringLiteral("release-manager"));
        const auto created = await(m_client.createSilence(silence));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        const QString id = created.value();

        QStringList silencedBy;
        QTRY_COMPARE_WITH_TIMEOUT(alertState(QStringLiteral("prod"), &silencedBy), int(Alert::State::Suppressed), 5000);
        QCOMPARE(silencedBy, QStringList{id});
        // Only the change's environment is silenced.
        QCOMPARE(alertState(QStringLiteral("staging")), int(Alert::State::Active));

        const auto listed = await(m_client.silences());
        QVERIFY(listed.ok());
        auto it = std::find_if(listed->cbegin(), listed->cend(), [&](const Silence &s) { return s.id == id; });
        QVERIFY(it != listed->cend());
        QCOMPARE(it->state, Silence::State::Active);
        QCOMPARE(it->matchers.size(), 1);
        QCOMPARE(it->matchers.constFirst().name, QStringLiteral("environment"));
        QCOMPARE(it->matchers.constFirst().value, QStringLiteral("prod"));
        QVERIFY(it->comment.contains(QStringLiteral("#42")));
        QCOMPARE(it->createdBy, QStringLiteral("release-manager"));
        QCOMPARE(it->endsAt.toSecsSinceEpoch(), change.windowEnd.toSecsSinceEpoch());

        // At the window's end the silence expires by itself and the alert is back.
        QTRY_COMPARE_WITH_TIMEOUT(alertState(QStringLiteral("prod")), int(Alert::State::Active), 15000);
        QVERIFY(QDateTime::currentDateTimeUtc() >= change.windowEnd);
        QCOMPARE(silenceState(id), Silence::State::Expired);
    }

    void expireSilenceEndsItEarly()
    {
        Silence silence;
        silence.matchers = {{QStringLiteral("partner"), QStringLiteral("acme-.*"), true, true}};
        silence.startsAt = QDateTime::currentDateTimeUtc();
        silence.endsAt = silence.startsAt.addSecs(3600);
        silence.createdBy = QStringLiteral("support");
        silence.comment = QStringLiteral("partner maintenance");
        const auto created = await(m_client.createSilence(silence));
        QVERIFY(created.ok());
        QTRY_COMPARE_WITH_TIMEOUT(alertState(QStringLiteral("staging")), int(Alert::State::Suppressed), 5000);

        const auto expired = await(m_client.expireSilence(created.value()));
        QVERIFY2(expired.ok(), qPrintable(expired.ok() ? QString() : expired.error().message));
        QCOMPARE(silenceState(created.value()), Silence::State::Expired);
        QTRY_COMPARE_WITH_TIMEOUT(alertState(QStringLiteral("staging")), int(Alert::State::Active), 5000);

        const auto unknown = await(m_client.expireSilence(QStringLiteral("00000000-0000-0000-0000-000000000000")));
        QVERIFY(!unknown.ok());
    }

    void invalidSilenceIsRefusedBeforeSending()
    {
        Silence silence;
        silence.startsAt = QDateTime::currentDateTimeUtc();
        silence.endsAt = silence.startsAt.addSecs(60);
        QVERIFY(!await(m_client.createSilence(silence)).ok()); // no matcher
        silence.matchers = {{QStringLiteral("environment"), QStringLiteral("prod"), false, true}};
        silence.endsAt = silence.startsAt.addSecs(-60);
        QVERIFY(!await(m_client.createSilence(silence)).ok()); // ends before it starts
    }

    void unreachableAlertmanagerIsReported()
    {
        AlertmanagerClient client;
        Services::HttpEndpoint endpoint;
        endpoint.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(Tests::PrometheusFixture::freePort()));
        client.setEndpoint(endpoint);
        QSignalSpy changes(&client, &AlertmanagerClient::stateChanged);
        const auto alerts = await(client.alerts());
        QVERIFY(!alerts.ok());
        QCOMPARE(client.state().status, Models::SourceState::Status::Unreachable);
        QVERIFY(client.state().reason.contains(endpoint.url.toString()));
        QCOMPARE(changes.size(), 1);
        // This client's Alertmanager still answers.
        QCOMPARE(alertState(QStringLiteral("prod")), int(Alert::State::Active));
    }
};

QTEST_GUILESS_MAIN(TestAlertmanagerClient)
#include "tst_alertmanagerclient.moc"
