// gatehouse-estate-gen: writes the benchmark estate into a folder.
#include "estategenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gatehouse-estate-gen"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a large, valid, deterministic estate into FOLDER."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FOLDER"), QStringLiteral("Output folder (created if missing)."));
    const QCommandLineOption integrations(QStringLiteral("integrations"), QStringLiteral("Number of integrations."),
                                          QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption dependencies(QStringLiteral("dependencies"), QStringLiteral("Number of dependencies."),
                                          QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption environments(QStringLiteral("environments"), QStringLiteral("Number of environments."),
                                          QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption sites(QStringLiteral("sites"), QStringLiteral("Number of sites."), QStringLiteral("N"),
                                   QStringLiteral("20"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"),
                                  QStringLiteral("20261112"));
    parser.addOptions({integrations, dependencies, environments, sites, seed});
    parser.process(app);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << parser.helpText();
        return 2;
    }
    Gatehouse::Bench::EstateSize size;
    size.integrations = parser.value(integrations).toInt();
    size.dependencies = parser.value(dependencies).toInt();
    size.environments = parser.value(environments).toInt();
    size.sites = parser.value(sites).toInt();
    size.seed = parser.value(seed).toUInt();
    const QString error = Gatehouse::Bench::EstateGenerator(size).write(parser.positionalArguments().constFirst());
    if (!error.isEmpty()) {
        err << error << '\n';
        return 1;
    }
    return 0;
}
