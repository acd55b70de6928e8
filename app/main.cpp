#include "commandline.h"
#include "headlesscommand.h"
#include "logfile.h"
#include "startupclock.h"
#include "translations.h"
#include "unixsignals.h"
#include "validatecommand.h"

#include "services/controlstore.h"
#include "services/estatewatcher.h"
#include "services/secretstore.h"
#include "ui/appsettings.h"
#include "ui/connectdialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Gatehouse;

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
}

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

/// Runs what needs no display: --version, --help, validate, bad usage.
int runHeadless(int argc, char **argv, const QStringList &arguments, const App::CommandLine &parsed)
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    App::installTranslations(&app, parsed.language);
    // Parsed again now that the translation is loaded: the help text and usage errors
    // are built while parsing.
    const App::CommandLine cmd = App::parseCommandLine(arguments);
    switch (cmd.mode) {
    case App::CommandLine::Mode::Version:
        print(stdout, QStringLiteral("gatehouse " GATEHOUSE_VERSION "\n"));
        return 0;
    case App::CommandLine::Mode::Help:
        print(stdout, cmd.helpText);
        return 0;
    case App::CommandLine::Mode::Validate:
        return App::runValidate(cmd.validateFolder, cmd.json);
    case App::CommandLine::Mode::Error:
    case App::CommandLine::Mode::Gui:
        break;
    }
    print(stderr, QStringLiteral("gatehouse: ") + cmd.error + QStringLiteral("\n\n") + cmd.helpText);
    return 2;
}

/// The value of `--lang CODE` / `--lang=CODE` anywhere on the command line.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return {};
}

/// Runs a registered subcommand (calendar, check-window, contracts, …) without a display.
int runHeadlessCommand(int argc, char **argv, const QStringList &arguments, const App::HeadlessCommand &command)
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    App::installTranslations(&app, languageArgument(arguments));
    return command.run(arguments);
}

} // namespace

int main(int argc, char **argv)
{
    App::StartupClock::start();

    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Decide before any QGuiApplication exists: headless paths must not need a display.
    if (arguments.size() >= 2) {
        if (const App::HeadlessCommand *command = App::findHeadlessCommand(arguments.at(1)))
            return runHeadlessCommand(argc, argv, arguments, *command);
    }
    const App::CommandLine cmd = App::parseCommandLine(arguments);
    if (cmd.mode != App::CommandLine::Mode::Gui)
        return runHeadless(argc, argv, arguments, cmd);

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Gatehouse"));
    QApplication::setDesktopFileName(QStringLiteral("org.gatehouse.Gatehouse"));
    App::installLogFile();
    App::installTranslations(&app, cmd.language.isEmpty() ? Ui::AppSettings::language() : cmd.language);
    qInfo("Gatehouse %s starting", GATEHOUSE_VERSION);

    Services::SecretStore secrets;
    Services::EstateWatcher watcher;
    Services::ControlStore store;

    Services::ControlStoreSettings storeSettings;
    storeSettings.url = cmd.databaseUrl.isEmpty() ? Ui::AppSettings::databaseUrl() : cmd.databaseUrl;
    // A URL on the command line is a login of its own: its password is the keychain entry
    // kept for that URL (e.g. the demo's people), not the saved store's.
    if (!cmd.databaseUrl.isEmpty())
        storeSettings.passwordRef = Ui::AppSettings::passwordRefForUrl(cmd.databaseUrl);
    else if (!storeSettings.url.isEmpty())
        storeSettings.passwordRef = Ui::AppSettings::databasePasswordRef();
    storeSettings.dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/postgres");

    Ui::MainWindow window(&watcher, &store);
    // A terminal's Ctrl+C or a service manager's SIGTERM closes the window like the
    // user would, so the embedded PostgreSQL is stopped and nothing is left running.
    App::UnixSignals signals;
    QObject::connect(&signals, &App::UnixSignals::terminationRequested, &window, [&window](int signalNumber) {
        qInfo("Signal %d received; closing", signalNumber);
        window.close();
        QCoreApplication::quit();
    });
    window.setSecretStore(&secrets);

    if (cmd.exitAfterFirstFrame) {
        QObject::connect(&window, &Ui::MainWindow::firstFrameShown, &app, [] {
            std::printf("first-frame-ms: %lld\n", static_cast<long long>(App::StartupClock::elapsedMs()));
            std::fflush(stdout);
        });
        QObject::connect(&window, &Ui::MainWindow::contentShown, &app, [] {
            std::printf("content-ready-ms: %lld\n", static_cast<long long>(App::StartupClock::elapsedMs()));
            std::printf("peak-rss-kib: %lld\n", static_cast<long long>(App::StartupClock::peakRssKib()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }

    // First run: the person chooses where change requests live (the private embedded
    // store or a shared server with their own login) over the open window; the store
    // opens once they have chosen. Cancelling uses the private store for this run and
    // asks again next time. A --database URL or a timed start-up skips the question.
    const bool chooseStore = cmd.databaseUrl.isEmpty() && !cmd.exitAfterFirstFrame && Ui::ConnectDialog::isNeeded();
    if (chooseStore) {
        auto *dialog = new Ui::ConnectDialog(&secrets, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::finished, &window, [&store, storeSettings, dialog](int result) {
            Services::ControlStoreSettings chosen = storeSettings;
            if (result == QDialog::Accepted) {
                const Services::ControlStoreSettings picked = dialog->settings();
                chosen.url = picked.url;
                chosen.passwordRef = picked.passwordRef;
            }
            store.open(chosen);
        });
        QTimer::singleShot(0, dialog, &QDialog::open);
    } else {
        store.open(storeSettings);
    }
    QString folder = cmd.estateFolder;
    if (folder.isEmpty()) {
        const QString last = Ui::AppSettings::lastEstateFolder();
        if (!last.isEmpty() && QFileInfo(last).isDir())
            folder = last;
    }
    if (!folder.isEmpty())
        window.openEstate(folder);
    window.show();

    const int status = app.exec();
    // Stops the embedded PostgreSQL this process started.
    store.close();
    qInfo("Gatehouse stopped (status %d)", status);
    return status;
}
