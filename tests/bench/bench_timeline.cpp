// bench_timeline: repaint of the Calendar page's timeline at quarter zoom on the
// large generated estate with 500 scheduled changes. Prints figures; not pass/fail.
//
//   bench_timeline [--estate DIR] [--changes N] [--runs N]
#include "estategenerator.h"

#include "services/estateloader.h"
#include "ui/calendarpage.h"
#include "ui/timelineview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

using namespace Gatehouse;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    if (samples.isEmpty())
        return 0;
    const qsizetype n = samples.size();
    return n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2.0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption estateOption(QStringLiteral("estate"), QStringLiteral("Estate folder (default: generate one)"),
                                          QStringLiteral("DIR"));
    const QCommandLineOption changesOption(QStringLiteral("changes"), QStringLiteral("Scheduled changes (default 500)"),
                                           QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repaints to time (default 50)"),
                                        QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({estateOption, changesOption, runsOption});
    parser.process(app);

    QTemporaryDir temp;
    QString folder = parser.value(estateOption);
    if (folder.isEmpty()) {
        folder = temp.filePath(QStringLiteral("estate"));
        const QString error = Bench::EstateGenerator().write(folder);
        if (!error.isEmpty()) {
            out() << "cannot generate the estate: " << error << Qt::endl;
            return 2;
        }
    }
    const Services::EstateLoadResult loaded = Services::EstateLoader::loadFolder(folder);
    if (!loaded.estate) {
        out() << "the estate does not load (" << loaded.diagnostics.size() << " diagnostics)" << Qt::endl;
        return 2;
    }
    const Models::EstatePtr estate = loaded.estate;

    // The second quarter of 2027; changes spread over it on random environments.
    const QDateTime quarterStart(QDate(2027, 4, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime now = quarterStart.addDays(10);
    QRandomGenerator random(20270401);
    QList<Models::ChangeRequest> changes;
    const int changeCount = parser.value(changesOption).toInt();
    for (int i = 0; i < changeCount; ++i) {
        Models::ChangeRequest change;
        change.id = i + 1;
        change.title = QStringLiteral("Change %1").arg(i + 1);
        change.environment = estate->environments.at(int(random.bounded(int(estate->environments.size())))).name;
        change.integrations = {estate->integrations.at(int(random.bounded(int(estate->integrations.size())))).name};
        change.windowStart = quarterStart.addSecs(qint64(random.bounded(90 * 24 * 4)) * 900);
        change.windowEnd = change.windowStart.addSecs(3600 * (1 + random.bounded(4)));
        change.windowTimeZone = QStringLiteral("UTC");
        change.state = Models::ChangeState::Scheduled;
        changes.append(change);
    }

    Ui::CalendarPage page;
    page.setClock([now] { return now; });
    page.resize(1600, 1000);
    page.show();
    QSignalSpy ready(&page, &Ui::CalendarPage::ready);
    QElapsedTimer setup;
    setup.start();
    page.setEstate(estate);
    page.setChanges(changes);
    page.setZoom(Ui::TimelineView::Zoom::Quarter);
    page.timeline()->showDate(quarterStart.date());
    if (!ready.wait(120000)) {
        out() << "the calendar did not get ready" << Qt::endl;
        return 3;
    }
    while (!page.isReady())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const double setupMs = double(setup.nsecsElapsed()) / 1e6;

    Ui::TimelineView *view = page.timeline();
    QList<double> repaint;
    QList<double> rebuilt;
    QList<double> full;
    const int runs = parser.value(runsOption).toInt();
    QImage image(1600, view->contentHeight(), QImage::Format_ARGB32_Premultiplied);
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        view->viewport()->repaint();
        repaint.append(double(timer.nsecsElapsed()) / 1e6);
        // The same repaint when rows and bands must be painted again (after scrolling,
        // zooming, new data): a palette change drops the cached layer.
        QEvent paletteChange(QEvent::PaletteChange);
        QCoreApplication::sendEvent(view, &paletteChange);
        timer.restart();
        view->viewport()->repaint();
        rebuilt.append(double(timer.nsecsElapsed()) / 1e6);
        if (run < 5) {
            QPainter painter(&image);
            timer.restart();
            view->render(&painter, QRectF(0, 0, image.width(), image.height()));
            full.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    out() << "estate: " << estate->environments.size() << " environments, " << estate->sites.size() << " sites, "
          << estate->integrations.size() << " integrations; timeline rows: " << view->rows().size() << Qt::endl;
    out() << "quarter " << view->rangeStart().toString(Qt::ISODate) << " .. " << view->rangeEnd().toString(Qt::ISODate)
          << ": " << view->intervals().size() << " intervals expanded, " << changeCount << " changes" << Qt::endl;
    out() << "calendar ready (checker index 2 years + expansion + conflicts of " << changeCount
          << " changes): " << QString::number(setupMs, 'f', 0) << " ms" << Qt::endl;
    out() << "timeline-repaint-quarter-ms: median " << QString::number(median(repaint), 'f', 2) << ", min "
          << QString::number(*std::min_element(repaint.cbegin(), repaint.cend()), 'f', 2) << " (viewport "
          << view->viewport()->width() << "x" << view->viewport()->height() << ", " << runs
          << " runs; target <= 16 ms)" << Qt::endl;
    out() << "timeline-repaint-quarter-layer-rebuilt-ms: median " << QString::number(median(rebuilt), 'f', 2)
          << ", min " << QString::number(*std::min_element(rebuilt.cbegin(), rebuilt.cend()), 'f', 2)
          << " (rows, bands, grid and headers painted again, then the change blocks)" << Qt::endl;
    out() << "timeline-render-all-rows-ms (PDF export path, " << view->contentHeight()
          << " px tall): median " << QString::number(median(full), 'f', 2) << Qt::endl;
    return 0;
}
