// The catalogue of the control store's refusals: which code a database sentence is,
// which parts it carries, and that every refusal the migrations raise is known.

#include "services/storeerrors.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using Gatehouse::Services::StoreErrors;

class TestStoreErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognises_data()
    {
        QTest::addColumn<QString>("sqlstate");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code"); // empty: not recognised
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("requester approves") << QStringLiteral("42501")
                                            << QStringLiteral("separation of duties: alice requested change 12 and cannot approve it")
                                            << QStringLiteral("separation-of-duties.requester-approves")
                                            << QStringList{QStringLiteral("alice"), QStringLiteral("12")};
        QTest::newRow("no SQLSTATE reported") << QString()
                                              << QStringLiteral("separation of duties: alice requested change 12 and cannot approve it")
                                              << QStringLiteral("separation-of-duties.requester-approves")
                                              << QStringList{QStringLiteral("alice"), QStringLiteral("12")};
        QTest::newRow("another SQLSTATE") << QStringLiteral("23514")
                                          << QStringLiteral("separation of duties: alice requested change 12 and cannot approve it")
                                          << QString() << QStringList();
        QTest::newRow("quorum role") << QStringLiteral("42501")
                                     << QStringLiteral("permission denied: sam holds none of the roles the production policy "
                                                       "asks to approve (cab-member, business-owner)")
                                     << QStringLiteral("approval.no-required-role")
                                     << QStringList{QStringLiteral("sam"), QStringLiteral("production"),
                                                    QStringLiteral("cab-member, business-owner")};
        QTest::newRow("override, roles and action apart")
            << QStringLiteral("42501")
            << QStringLiteral("permission denied: the production policy (version 3) lets only release-manager or admin "
                              "override a freeze, and bob holds none of these roles")
            << QStringLiteral("override.role-not-held")
            << QStringList{QStringLiteral("production"), QStringLiteral("3"), QStringLiteral("release-manager or admin"),
                           QStringLiteral("override a freeze"), QStringLiteral("bob")};
        QTest::newRow("override, nobody") << QStringLiteral("42501")
                                          << QStringLiteral("permission denied: the staging policy (version 1) lets only "
                                                            "nobody override gates, not release-manager")
                                          << QStringLiteral("override.role-not-permitted")
                                          << QStringList{QStringLiteral("staging"), QStringLiteral("1"), QStringLiteral("nobody"),
                                                         QStringLiteral("override gates"), QStringLiteral("release-manager")};
        QTest::newRow("role for an action") << QStringLiteral("42501")
                                            << QStringLiteral("permission denied: only release-manager or support may pause releases")
                                            << QStringLiteral("role.required")
                                            << QStringList{QStringLiteral("release-manager or support"), QStringLiteral("pause releases")};
        QTest::newRow("role to approve as") << QStringLiteral("42501")
                                            << QStringLiteral("permission denied: only business-owner may approve as business-owner")
                                            << QStringLiteral("role.required")
                                            << QStringList{QStringLiteral("business-owner"), QStringLiteral("approve as business-owner")};
        QTest::newRow("unknown action keeps the database's words")
            << QStringLiteral("42501") << QStringLiteral("permission denied: only admin may rename the moon") << QString()
            << QStringList();
        QTest::newRow("wrong state") << QStringLiteral("23514") << QStringLiteral("change 7 is draft: it cannot be approved")
                                     << QStringLiteral("change.wrong-state")
                                     << QStringList{QStringLiteral("7"), QStringLiteral("draft"), QStringLiteral("approved")};
        QTest::newRow("not a refusal") << QStringLiteral("08006") << QStringLiteral("server closed the connection") << QString()
                                       << QStringList();
    }

    void recognises()
    {
        QFETCH(QString, sqlstate);
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QStringList, arguments);
        const auto refusal = StoreErrors::recognise(sqlstate, text);
        if (code.isEmpty()) {
            QVERIFY2(!refusal, qPrintable(refusal ? refusal->code : QString()));
            QCOMPARE(StoreErrors::message(sqlstate, text), text);
            return;
        }
        QVERIFY(refusal);
        QCOMPARE(refusal->code, code);
        QCOMPARE(refusal->arguments, arguments);
        // Untranslated, the English sentence is the database's.
        QCOMPARE(refusal->message, text);
    }

    // Every RAISE EXCEPTION of the migrations is in the catalogue, or deliberately left
    // in the database's words (internal states of release execution a person does not
    // act on from a dialog, and refusals only the store's own functions or the database's
    // owner can meet).
    void everyRefusalOfTheMigrationsIsKnown()
    {
        static const QStringList leftAsIs{
            QStringLiteral("release % does not exist"),
            QStringLiteral("lease lost: executor % does not drive release %"),
            QStringLiteral("a release needs at least one change"),
            QStringLiteral("a release needs at least one phase"),
            QStringLiteral("a lease needs a holder and a positive time to live"),
            QStringLiteral("release % is %: it cannot become %"),
            QStringLiteral("release % has no phase %"),
            QStringLiteral("phase % of release % is %: it cannot become %"),
            QStringLiteral("continuing a paused release needs a reason"),
            QStringLiteral("release % is %: only a paused release can be continued"),
            QStringLiteral("rolling a release back needs a reason"),
            QStringLiteral("release % is %: only a running or paused release can be rolled back"),
            QStringLiteral("a rollback of release % is already requested"),
            QStringLiteral("pausing a release needs a reason"),
            QStringLiteral("release % is %: only a running release can be paused"),
            QStringLiteral("release % has no open request %"),
            QStringLiteral("release % is paused: phase % stays where it is until a person continues it"),
            QStringLiteral("a rollout action needs the environment and the deployment"),
            QStringLiteral("unknown rollout action %"),
            QStringLiteral("a rollout action needs a reason"),
            QStringLiteral("before and after of a rollout action must be JSON objects"),
            QStringLiteral("an audit append needs at least one action"),
            QStringLiteral("an audit append needs one detail per action (% actions, % details)"),
            QStringLiteral("changes are kept for their audit record: % on change_requests is not allowed (close a change "
                           "instead)"),
        };
        const QStringList known = StoreErrors::formats();
        const QDir sql(QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/sql"));
        const QRegularExpression raise(QStringLiteral("RAISE EXCEPTION '((?:[^']|'')*)'"));
        QStringList missing;
        int seen = 0;
        for (const QString &name : sql.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            QFile file(sql.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto it = raise.globalMatch(text); it.hasNext();) {
                const QString format = it.next().captured(1).replace(QStringLiteral("''"), QStringLiteral("'"));
                ++seen;
                if (!known.contains(format) && !leftAsIs.contains(format))
                    missing.append(name + QStringLiteral(": ") + format);
            }
        }
        QVERIFY(seen > 50);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void rolesAreNamed()
    {
        QCOMPARE(StoreErrors::roleName(QStringLiteral("release-manager")), QStringLiteral("release-manager"));
        QCOMPARE(StoreErrors::roleName(QStringLiteral("somebody")), QStringLiteral("somebody"));
    }
};

QTEST_GUILESS_MAIN(TestStoreErrors)
#include "tst_storeerrors.moc"
