// bench_calendar: the release calendar on the large generated estate — expansion of
// every rule over two years, building the conflict index, one conflict check, and
// 1,000 next-window searches over two years. Prints figures; not a pass/fail test.
//
//   bench_calendar [--estate DIR]
#include "estategenerator.h"

#include "models/calendarengine.h"
#include "models/conflictchecker.h"
#include "models/safewindowfinder.h"
#include "services/estateloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Gatehouse::Models;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption estateOption(QStringLiteral("estate"), QStringLiteral("Use this estate instead of generating one."),
                                          QStringLiteral("dir"));
    parser.addOption(estateOption);
    parser.process(app);

    QTemporaryDir temp;
    QString folder = parser.value(estateOption);
    if (folder.isEmpty()) {
        folder = temp.path();
        const QString error = Gatehouse::Bench::EstateGenerator().write(folder);
        if (!error.isEmpty()) {
            out() << "cannot generate the estate: " << error << Qt::endl;
            return 1;
        }
    }
    const auto loaded = Gatehouse::Services::EstateLoader::loadFolder(folder);
    if (!loaded.estate) {
        out() << "the estate has errors: " << loaded.diagnostics.value(0).toString() << Qt::endl;
        return 1;
    }
    const EstatePtr estate = loaded.estate;
    out() << "estate: " << estate->sites.size() << " sites, " << estate->environments.size() << " environments, "
          << estate->integrations.size() << " integrations" << Qt::endl;

    const QDateTime from(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to = from.addYears(2);

    QElapsedTimer timer;
    timer.start();
    const CalendarEngine engine(estate);
    const qint64 engineNs = timer.nsecsElapsed();
    timer.restart();
    const QList<CalendarInterval> all = engine.expand(from, to);
    const qint64 expandNs = timer.nsecsElapsed();
    out() << "engine setup (holiday sets):            " << ms(engineNs) << " ms" << Qt::endl;
    const QList<QPair<BandKind, const char *>> kinds = {
        {BandKind::OperatingCycle, "operating cycles"}, {BandKind::PartnerSlot, "partner slots"},
        {BandKind::BusinessCycle, "business cycles"},   {BandKind::Freeze, "freezes"},
        {BandKind::MaintenanceWindow, "maintenance windows"}, {BandKind::Holiday, "holidays"}};
    for (const auto &[kind, label] : kinds) {
        CalendarQuery q;
        q.from = from;
        q.to = to;
        q.kinds = {kind};
        timer.restart();
        const qsizetype n = engine.expand(q).size();
        out() << "  expand " << label << ": " << ms(timer.nsecsElapsed()) << " ms (" << n << ")" << Qt::endl;
    }
    out() << "expand all rules over 2 years:          " << ms(expandNs) << " ms (" << all.size() << " intervals)"
          << Qt::endl;

    timer.restart();
    ConflictChecker checker(estate, from.addDays(-1), to.addDays(1));
    out() << "conflict index over 2 years:            " << ms(timer.nsecsElapsed()) << " ms" << Qt::endl;

    QStringList production;
    for (const Environment &env : estate->environments) {
        if (env.tier == Tier::Production)
            production.append(env.name);
    }
    if (production.isEmpty()) {
        out() << "no production environment" << Qt::endl;
        return 1;
    }

    // One conflict check (impact analysis + all rules), repeated for a stable median.
    QList<double> checks;
    int conflicts = 0;
    for (int i = 0; i < 200; ++i) {
        ChangeWindow w;
        w.environment = production.at(i % production.size());
        w.integrations = {estate->integrations.at((i * 37) % estate->integrations.size()).name};
        w.start = from.addSecs(qint64(i) * 3 * 86400 + 3600 * (i % 24));
        w.end = w.start.addSecs(7200);
        timer.restart();
        conflicts += int(checker.check(w).size());
        checks.append(ms(timer.nsecsElapsed()));
    }
    std::sort(checks.begin(), checks.end());
    out() << "one conflict check (median of 200):     " << checks.at(checks.size() / 2) << " ms (max "
          << checks.last() << " ms; target ≤ 1 ms; " << conflicts << " conflicts in total)" << Qt::endl;

    // 1,000 next-window searches: varied changes and start times over the two years.
    const SafeWindowFinder finder(checker);
    int found = 0;
    timer.restart();
    for (int i = 0; i < 1000; ++i) {
        ChangeWindow shape;
        shape.environment = production.at(i % production.size());
        shape.integrations = {estate->integrations.at((i * 13) % estate->integrations.size()).name};
        const QDateTime after = from.addSecs(qint64(i) * 17 * 3600);
        found += int(finder.find(shape, 3600 * (1 + i % 3), after, 3, to).size());
    }
    const qint64 searchNs = timer.nsecsElapsed();
    out() << "1,000 next-window searches (top 3):     " << ms(searchNs) << " ms total, "
          << ms(searchNs) / 1000.0 << " ms each (target ≤ 200 ms total; " << found << " proposals)" << Qt::endl;
    return 0;
}
