#include "services/secretstore.h"
#include "ui/appsettings.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Gatehouse;

namespace {

const QString kPassword = QStringLiteral("Tr0ub4dor&3-'\"; DROP ROLE x; --");

template<typename T>
T waitFor(QFuture<T> future)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<T>::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        finished.wait(20000);
    return future.result();
}

QByteArray settingsFileContents()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// The settings dialog against the real keychain (gnome-keyring through QtKeychain,
/// started by with-keyring.sh): the password goes to the keychain, only its
/// reference to the settings file.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("GATEHOUSE_TEST_KEYRING"), "run through with-keyring.sh");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
        QCoreApplication::setApplicationName(QStringLiteral("GatehouseSettingsTest"));
        QSettings().clear();
    }

    void passwordGoesToTheKeychainNotTheSettings()
    {
        Services::SecretStore secrets;
        Ui::SettingsDialog dialog(&secrets);
        dialog.show();
        auto *server = dialog.findChild<QRadioButton *>(QStringLiteral("serverRadio"));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("databaseUrlEdit"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("databasePasswordEdit"));
        QVERIFY(server && url && password);
        server->setChecked(true);
        url->setText(QStringLiteral("postgresql://release@db.northwind.example:5432/gatehouse"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        password->setText(kPassword);

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QVERIFY(accepted.wait(20000) || accepted.count() == 1);

        const QString ref = Ui::AppSettings::databasePasswordRef();
        QVERIFY(ref.startsWith(QStringLiteral("keychain:")));
        QCOMPARE(Ui::AppSettings::databaseUrl(),
                 QStringLiteral("postgresql://release@db.northwind.example:5432/gatehouse"));
        const QByteArray file = settingsFileContents();
        QVERIFY(!file.isEmpty());
        QVERIFY(file.contains("db.northwind.example"));
        QVERIFY2(!file.contains("Tr0ub4dor"), "the password reached the settings file");

        const auto stored = waitFor(secrets.readPassword(ref));
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
        QCOMPARE(stored.value(), kPassword);
        QVERIFY(waitFor(secrets.deletePassword(ref)).ok());
    }

    void passwordInsideTheUrlIsRefused()
    {
        Services::SecretStore secrets;
        Ui::SettingsDialog dialog(&secrets);
        dialog.show();
        dialog.findChild<QRadioButton *>(QStringLiteral("serverRadio"))->setChecked(true);
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("databaseUrlEdit"));
        url->setText(QStringLiteral("postgresql://release:hunter2@db.northwind.example:5432/gatehouse"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QVERIFY(!buttons->button(QDialogButtonBox::Save)->isEnabled());
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("settingsMessage"));
        QVERIFY(message && message->isVisible());
        QVERIFY(!message->text().contains(QStringLiteral("hunter2")));

        // Even a caller that bypasses the dialog never persists it.
        Ui::AppSettings::setDatabaseUrl(url->text());
        QVERIFY(!settingsFileContents().contains("hunter2"));
        QVERIFY(!Ui::AppSettings::databaseUrl().contains(QStringLiteral("hunter2")));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
