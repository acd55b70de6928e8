// bench_changes: the Changes list with 20,000 change requests — opening it (the list
// arriving in the model, the filtered and sorted view laid out and painted) and
// filtering it (free text, then a structured "needs a decision" filter, then both off).
// Offscreen; prints median / worst of N runs against the 100 ms target. Not pass/fail.
//
//   bench_changes [--changes N] [--runs N]
#include "models/changerequestmodel.h"
#include "ui/changefilterproxymodel.h"
#include "ui/changespage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTableView>
#include <QTextStream>

#include <algorithm>

namespace {

using namespace Gatehouse;
using Models::ChangeRequest;
using Models::ChangeState;
using Models::ChangeType;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QList<ChangeRequest> makeChanges(int count)
{
    QRandomGenerator random(20270314);
    const QStringList envs = {QStringLiteral("production-eu"), QStringLiteral("production-us"), QStringLiteral("staging"),
                              QStringLiteral("development")};
    const QStringList zones = {QStringLiteral("Europe/Amsterdam"), QStringLiteral("America/Chicago"),
                               QStringLiteral("Europe/Paris")};
    const QStringList words = {QStringLiteral("Upgrade"), QStringLiteral("EDI"), QStringLiteral("gateway"),
                               QStringLiteral("stock"), QStringLiteral("carrier"), QStringLiteral("label"),
                               QStringLiteral("portal"), QStringLiteral("hotfix"), QStringLiteral("migration"),
                               QStringLiteral("picking")};
    const QDateTime base(QDate(2026, 1, 1), QTime(21, 0), Qt::UTC);
    QList<ChangeRequest> changes;
    changes.reserve(count);
    for (int i = 0; i < count; ++i) {
        ChangeRequest c;
        c.id = i + 1;
        c.title = words.at(random.bounded(int(words.size()))) + QLatin1Char(' ') + words.at(random.bounded(int(words.size())))
            + QLatin1Char(' ') + QString::number(i);
        c.environment = envs.at(random.bounded(int(envs.size())));
        c.type = static_cast<ChangeType>(random.bounded(3));
        c.state = static_cast<ChangeState>(random.bounded(11));
        c.requester = QStringLiteral("user%1").arg(random.bounded(40));
        c.windowTimeZone = zones.at(random.bounded(int(zones.size())));
        c.windowStart = base.addSecs(qint64(random.bounded(3 * 365 * 24)) * 3600);
        c.windowEnd = c.windowStart.addSecs(5400);
        c.createdAt = c.windowStart.addDays(-10);
        changes.append(c);
    }
    return changes;
}

struct Stats
{
    double median = 0;
    double worst = 0;
};

Stats stats(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    if (samples.isEmpty())
        return {};
    const qsizetype n = samples.size();
    return {n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2.0, samples.constLast()};
}

void report(const QString &what, const Stats &s)
{
    out() << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(0) << QStringLiteral("median %1 ms, worst %2 ms  %3\n")
                                                                                 .arg(s.median, 0, 'f', 1)
                                                                                 .arg(s.worst, 0, 'f', 1)
                                                                                 .arg(s.worst <= 100 ? QStringLiteral("(≤ 100 ms: ok)")
                                                                                                     : QStringLiteral("(> 100 ms target)"));
    out().flush();
}

// Lays out and paints the page once, as showing it would.
void paint(Ui::ChangesPage &page)
{
    page.view()->viewport()->repaint();
    QApplication::processEvents();
    (void)page.grab();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Changes list with many change requests: open and filter."));
    parser.addHelpOption();
    QCommandLineOption changesOption(QStringLiteral("changes"), QStringLiteral("Number of changes (20000)."),
                                     QStringLiteral("N"), QStringLiteral("20000"));
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs (7)."), QStringLiteral("N"),
                                  QStringLiteral("7"));
    parser.addOptions({changesOption, runsOption});
    parser.process(app);
    const int count = std::max(1, parser.value(changesOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QList<ChangeRequest> changes = makeChanges(count);
    out() << QStringLiteral("Changes list, %1 change requests, %2 runs (offscreen)\n").arg(count).arg(runs);

    QList<double> open, text, structured, cleared, update;
    for (int run = 0; run < runs; ++run) {
        Ui::ChangesPage page(nullptr);
        page.resize(1600, 950);
        page.show();
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        page.model()->setChanges(changes); // what a list arriving from the store does
        paint(page);
        open.append(timer.nsecsElapsed() / 1e6);

        Ui::ChangeFilter f;
        f.text = QStringLiteral("carrier label");
        timer.restart();
        page.setFilter(f);
        paint(page);
        text.append(timer.nsecsElapsed() / 1e6);

        Ui::ChangeFilter decisions;
        decisions.needsDecision = true;
        decisions.environment = QStringLiteral("production-eu");
        timer.restart();
        page.setFilter(decisions);
        paint(page);
        structured.append(timer.nsecsElapsed() / 1e6);

        timer.restart();
        page.setFilter({});
        paint(page);
        cleared.append(timer.nsecsElapsed() / 1e6);

        // A live refresh in which 50 changes moved on (incremental update, no reset).
        QList<ChangeRequest> next = changes;
        for (int i = 0; i < 50; ++i)
            next[(i * 397) % next.size()].state = ChangeState::Approved;
        timer.restart();
        page.model()->setChanges(next);
        paint(page);
        update.append(timer.nsecsElapsed() / 1e6);
    }
    report(QStringLiteral("open (list into the model, sorted, painted)"), stats(open));
    report(QStringLiteral("filter: free text"), stats(text));
    report(QStringLiteral("filter: needs a decision + environment"), stats(structured));
    report(QStringLiteral("filter: cleared"), stats(cleared));
    report(QStringLiteral("live refresh with 50 changed rows"), stats(update));
    return 0;
}
