#include "chartpanel.h"

#include "chartpanelmodel.h"

#include <QChart>
#include <QChartView>
#include <QCategoryAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>
#include <QTimeZone>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace Gatehouse::Ui {

namespace {

// Okabe–Ito: tells lines apart for most kinds of colour blindness, on light and dark.
QColor seriesColor(int index, bool dark)
{
    static const QColor colors[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                    QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                    QColor(0xF0, 0xE4, 0x42)};
    QColor color = colors[index % 7];
    return dark ? color.lighter(125) : color;
}

// Dashes only from the eighth series on: dashed strokes of long polylines are many times
// slower to draw, and the first seven colours already differ for colour-blind readers.
Qt::PenStyle seriesStyle(int index)
{
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    return styles[(index / 7) % 4];
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QString ageText(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < 90)
        return ChartPanel::tr("%1 s ago").arg(std::max<qint64>(0, seconds));
    if (seconds < 2 * 3600)
        return ChartPanel::tr("%1 min ago").arg(seconds / 60);
    return ChartPanel::tr("%1 h ago").arg(seconds / 3600);
}

} // namespace

/// The chart view: draws the bands over the plot area and reports the pointer.
class ChartPanelView : public QChartView
{
public:
    ChartPanelView(QChart *chart, QWidget *parent)
        : QChartView(chart, parent)
    {
        setMouseTracking(true);
        setRenderHint(QPainter::Antialiasing);
    }

    std::function<void(const QPointF &)> onHover;
    std::function<void(QPainter *)> onForeground;
    std::function<void()> beforePaint;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        if (beforePaint)
            beforePaint();
        QChartView::paintEvent(event);
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (onHover)
            onHover(chart()->mapFromScene(mapToScene(event->position().toPoint())));
        QChartView::mouseMoveEvent(event);
    }

    void drawForeground(QPainter *painter, const QRectF &rect) override
    {
        QChartView::drawForeground(painter, rect);
        if (onForeground)
            onForeground(painter);
    }
};

struct ChartPanel::Private
{
    QChart *chart = nullptr;
    ChartPanelView *view = nullptr;
    QCategoryAxis *xAxis = nullptr;
    /// The time axis' ticks as labelled now (UTC instants, labels in the zone).
    QList<std::pair<QDateTime, QString>> ticks;
    QValueAxis *yAxis = nullptr;
    QList<QLineSeries *> lines;
    std::pair<double, double> yRange{std::numeric_limits<double>::quiet_NaN(), 0.0};
    /// A time range set while lines were drawn, not yet on the axis.
    bool timeRangePending = false;
    QTimer timeRangeTimer;
};

namespace {

// 1, 2, 2.5 or 5 times a power of ten, at least `raw`.
double niceStep(double raw)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (factor * magnitude >= raw * (1 - 1e-9))
            return factor * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    m_status->setObjectName(QStringLiteral("chartPanelStatus"));
    layout->addWidget(m_status);

    d->chart = new QChart;
    d->chart->legend()->setAlignment(Qt::AlignBottom);
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->layout()->setContentsMargins(0, 0, 0, 0);
    d->chart->setBackgroundRoundness(0);
    d->xAxis = new QCategoryAxis(d->chart);
    // Labels at chosen instants, written in the panel's time zone: QDateTimeAxis can only
    // speak the computer's zone.
    d->xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    d->yAxis = new QValueAxis(d->chart);
    d->yAxis->setTickCount(5);
    d->chart->addAxis(d->xAxis, Qt::AlignBottom);
    d->chart->addAxis(d->yAxis, Qt::AlignLeft);

    d->view = new ChartPanelView(d->chart, this);
    d->view->setMinimumHeight(180);
    d->timeRangeTimer.setSingleShot(true);
    d->timeRangeTimer.setInterval(0);
    connect(&d->timeRangeTimer, &QTimer::timeout, this, &ChartPanel::applyTimeRange);
    d->view->beforePaint = [this] { applyTimeRange(); };
    d->view->onHover = [this](const QPointF &position) { showHover(position); };
    d->view->onForeground = [this](QPainter *painter) {
        const bool dark = isDark(palette());
        const QColor fill = dark ? QColor(255, 196, 64, 48) : QColor(255, 170, 0, 40);
        const QColor edge = dark ? QColor(255, 196, 64, 200) : QColor(176, 110, 0, 220);
        QFont font = this->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        painter->save();
        painter->setFont(font);
        const QRectF plot = d->chart->mapToScene(d->chart->plotArea()).boundingRect();
        const QList<std::pair<double, double>> spans = bandFractions();
        for (qsizetype i = 0; i < spans.size(); ++i) {
            const auto [from, to] = spans[i];
            if (from >= to)
                continue;
            const QRectF band(QPointF(plot.left() + plot.width() * from, plot.top()),
                              QPointF(std::max(plot.left() + plot.width() * to, plot.left() + plot.width() * from + 2),
                                      plot.bottom()));
            painter->fillRect(band, fill);
            painter->setPen(QPen(edge, 1, Qt::DashLine));
            painter->drawLine(band.topLeft(), band.bottomLeft());
            painter->drawLine(band.topRight(), band.bottomRight());
            painter->setPen(edge);
            const QRectF textRect(band.left() + 3, plot.top() + 2, std::max(120.0, band.width()), 16);
            painter->drawText(textRect, Qt::AlignLeft | Qt::AlignTop, m_bands[i].title);
        }
        painter->restore();
    };
    layout->addWidget(d->view, 1);

    m_readout = new QLabel(this);
    m_readout->setObjectName(QStringLiteral("chartPanelReadout"));
    m_readout->setForegroundRole(QPalette::PlaceholderText);
    m_readout->setText(tr("Point at the chart to read values."));
    m_readout->setWordWrap(true);
    layout->addWidget(m_readout);

    setTimeZone(QTimeZone::systemTimeZone());
    applyPalette();
}

ChartPanel::~ChartPanel()
{
    // The chart belongs to the view; lines belong to the chart.
}

void ChartPanel::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setAccessibleName(title);
}

QString ChartPanel::title() const
{
    return m_title->text();
}

void ChartPanel::setModel(ChartPanelModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    updateRows(topLeft.row(), bottomRight.row());
                });
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &ChartPanel::rebuildSeries);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ChartPanel::rebuildSeries);
        connect(m_model, &QAbstractItemModel::modelReset, this, &ChartPanel::rebuildSeries);
        connect(m_model, &QObject::destroyed, this, [this] {
            m_model = nullptr;
            rebuildSeries();
        });
    }
    rebuildSeries();
}

void ChartPanel::setTimeRange(const QDateTime &start, const QDateTime &end)
{
    m_start = start;
    m_end = end;
    const bool drawn = std::any_of(d->lines.cbegin(), d->lines.cend(), [](const QLineSeries *line) { return line->count() > 0; });
    d->timeRangePending = true;
    if (drawn) {
        // Moving the axis under drawn lines recomputes them all; new data usually follows
        // a new range at once, and then does it once (updateRows()).
        d->timeRangeTimer.start();
    } else {
        applyTimeRange();
    }
    d->view->viewport()->update();
}

void ChartPanel::applyTimeRange()
{
    if (!d->timeRangePending)
        return;
    d->timeRangePending = false;
    d->timeRangeTimer.stop();
    const double from = double(m_start.toMSecsSinceEpoch());
    const double to = double(m_end.toMSecsSinceEpoch());
    for (const QString &label : d->xAxis->categoriesLabels())
        d->xAxis->remove(label);
    d->ticks = timeTicks(m_start, m_end, m_zone);
    d->xAxis->setStartValue(from);
    for (const auto &[at, label] : std::as_const(d->ticks))
        d->xAxis->append(label, double(at.toMSecsSinceEpoch()));
    d->xAxis->setRange(from, to);
}

QString ChartPanel::zoneLabel(const QTimeZone &zone, const QDateTime &at)
{
    const QString id = QString::fromUtf8(zone.id());
    const QString abbreviation = zone.abbreviation(at.isValid() ? at : QDateTime::currentDateTimeUtc());
    return abbreviation.isEmpty() || abbreviation == id ? id : id + QStringLiteral(", ") + abbreviation;
}

void ChartPanel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    d->xAxis->setTitleText(tr("Time (%1)").arg(zoneLabel(m_zone, m_end)));
    if (m_start.isValid() && m_end.isValid()) {
        d->timeRangePending = true;
        applyTimeRange();
        d->view->viewport()->update();
    }
}

QString ChartPanel::timeAxisTitle() const
{
    return d->xAxis->titleText();
}

QList<std::pair<QDateTime, QString>> ChartPanel::timeAxisTicks() const
{
    return d->ticks;
}

double ChartPanel::chartXForTime(const QDateTime &at) const
{
    const double value = double(at.toMSecsSinceEpoch());
    QPointF position;
    if (!d->lines.isEmpty()) {
        // Qt Charts' own mapping of a value through the line's axes.
        position = d->chart->mapToPosition(QPointF(value, d->yAxis->min()), d->lines.constFirst());
    } else {
        const double span = d->xAxis->max() - d->xAxis->min();
        const QRectF plot = d->chart->plotArea();
        position = QPointF(span <= 0 ? plot.left() : plot.left() + plot.width() * (value - d->xAxis->min()) / span,
                           plot.top());
    }
    const QPoint inView = d->view->mapFromScene(d->chart->mapToScene(position));
    return double(d->view->mapTo(this, inView).x());
}

QList<std::pair<QDateTime, QString>> ChartPanel::timeTicks(const QDateTime &start, const QDateTime &end,
                                                           const QTimeZone &zone)
{
    QList<std::pair<QDateTime, QString>> ticks;
    const qint64 span = start.secsTo(end);
    if (span <= 0)
        return ticks;
    // Steps that divide a day, so ticks sit on round wall-clock times of the zone.
    static const qint64 steps[] = {300, 600, 900, 1800, 3600, 7200, 10800, 14400, 21600, 43200, 86400};
    qint64 step = 86400;
    for (const qint64 candidate : steps) {
        if (span / candidate <= 8) {
            step = candidate;
            break;
        }
    }
    const int dayStride = step < 86400 ? 1 : int(std::max<qint64>(1, (span / 86400 + 7) / 8));
    const QString format = step >= 86400 ? QStringLiteral("ddd d") : QStringLiteral("HH:mm");
    const QLocale locale;
    const QDate first = start.toTimeZone(zone).date();
    const QDate last = end.toTimeZone(zone).date();
    QSet<QString> used;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (step >= 86400 && first.daysTo(day) % dayStride != 0)
            continue;
        for (qint64 offset = 0; offset < 86400; offset += step) {
            const QDateTime at = QDateTime(day, QTime(0, 0).addSecs(int(offset)), zone);
            if (!at.isValid() || at < start || at > end)
                continue;
            if (!ticks.isEmpty() && ticks.constLast().first >= at)
                continue; // a wall-clock time repeated when the clocks go back
            const QDateTime local = at.toTimeZone(zone);
            QString label = locale.toString(local, format);
            // The axis needs unique labels: a repeated time of day gets its weekday.
            if (used.contains(label))
                label = locale.toString(local, QStringLiteral("ddd HH:mm"));
            used.insert(label);
            ticks.append({at.toUTC(), label});
        }
    }
    return ticks;
}

void ChartPanel::setBands(const QList<Band> &bands)
{
    m_bands = bands;
    d->view->viewport()->update();
}

QRectF ChartPanel::plotArea() const
{
    const QRectF scene = d->chart->mapToScene(d->chart->plotArea()).boundingRect();
    const QPoint topLeft = d->view->mapFromScene(scene.topLeft());
    const QPoint bottomRight = d->view->mapFromScene(scene.bottomRight());
    const QPoint offset = d->view->mapTo(this, QPoint(0, 0));
    return QRectF(QPointF(topLeft + offset), QPointF(bottomRight + offset));
}

int ChartPanel::plotWidth() const
{
    // A panel not laid out yet has no plot area; assume a typical width rather than over-reducing.
    return std::max(300, int(plotArea().width()));
}

double ChartPanel::xForTime(const QDateTime &at) const
{
    const QRectF plot = plotArea();
    const qint64 span = m_start.msecsTo(m_end);
    if (span <= 0)
        return plot.left();
    return plot.left() + plot.width() * double(m_start.msecsTo(at)) / double(span);
}

QList<std::pair<double, double>> ChartPanel::bandFractions() const
{
    QList<std::pair<double, double>> spans;
    const double span = double(m_start.msecsTo(m_end));
    for (const Band &band : m_bands) {
        const QDateTime from = std::max(band.start, m_start);
        const QDateTime to = std::min(band.end, m_end);
        if (!m_start.isValid() || span <= 0 || from >= to)
            spans.append({0.0, 0.0});
        else
            spans.append({double(m_start.msecsTo(from)) / span, double(m_start.msecsTo(to)) / span});
    }
    return spans;
}

QList<QRectF> ChartPanel::bandRects() const
{
    QList<QRectF> rects;
    const QRectF plot = plotArea();
    for (const auto &[from, to] : bandFractions()) {
        if (from >= to) {
            rects.append(QRectF());
            continue;
        }
        const double left = plot.left() + plot.width() * from;
        const double right = plot.left() + plot.width() * to;
        rects.append(QRectF(QPointF(left, plot.top()), QPointF(std::max(right, left + 2), plot.bottom())));
    }
    return rects;
}

void ChartPanel::setSourceState(const Models::SourceState &state)
{
    m_state = state;
    const QString text = stateText();
    m_status->setText(text.isEmpty() ? QString() : QStringLiteral("⚠ ") + text);
    m_status->setVisible(!text.isEmpty());
}

QString ChartPanel::stateText() const
{
    using Status = Models::SourceState::Status;
    if (m_state.status == Status::Fresh || m_state.status == Status::Unknown)
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString word = Models::SourceState::statusText(m_state.status);
    QString text = tr("Data %1: %2.").arg(word, m_state.reason);
    if (m_state.lastGood.isValid())
        text += QLatin1Char(' ')
            + tr("Showing the last good data, from %1 (%2).")
                  .arg(QLocale().toString(m_state.lastGood.toTimeZone(m_zone).time(), QLocale::ShortFormat),
                       ageText(m_state.lastGood, now));
    else
        text += QLatin1Char(' ') + tr("No data was received yet.");
    return text;
}

void ChartPanel::setLoading(bool loading)
{
    m_loading = loading;
    if (loading)
        m_readout->setText(tr("Loading…"));
}

void ChartPanel::rebuildSeries()
{
    const int wanted = m_model ? m_model->rowCount() : 0;
    while (d->lines.size() > wanted) {
        QLineSeries *line = d->lines.takeLast();
        d->chart->removeSeries(line);
        delete line;
    }
    while (d->lines.size() < wanted) {
        auto *line = new QLineSeries(d->chart);
        d->chart->addSeries(line);
        line->attachAxis(d->xAxis);
        line->attachAxis(d->yAxis);
        d->lines.append(line);
    }
    updateRows(0, wanted - 1);
}

void ChartPanel::updateRows(int first, int last)
{
    const bool dark = isDark(palette());
    const int wanted = m_model ? m_model->rowCount() : 0;
    if (d->lines.size() != wanted) {
        rebuildSeries();
        return;
    }
    updateYAxisTitle();
    const std::pair<double, double> range = valueRange();
    if (range != d->yRange || d->timeRangePending) {
        // Qt Charts recomputes every line when a range changes: empty them first, so that
        // happens once, for the new points below, and not also for the old ones.
        for (QLineSeries *line : std::as_const(d->lines)) {
            if (line->count() > 0)
                line->clear();
        }
        applyTimeRange();
        d->yAxis->setRange(range.first, range.second);
        d->yRange = range;
        first = 0;
        last = wanted - 1;
    }
    qsizetype densest = 0;
    for (int row = 0; row < wanted; ++row)
        densest = std::max(densest, m_model->series().at(row).points.size());
    // A line with a point per pixel or more is a band of colour: antialiasing it, or
    // stroking it wider than a pixel, costs several times the drawing and shows nothing.
    const bool dense = densest > plotWidth();
    for (int row = 0; row < wanted; ++row) {
        if (row < first || row > last)
            continue;
        const ChartPanelModel::Series &series = m_model->series().at(row);
        QLineSeries *line = d->lines[row];
        // The pen before the points: a new pen recomputes the line's geometry too.
        QPen pen(seriesColor(row, dark), dense ? 1 : 2, seriesStyle(row));
        pen.setCosmetic(true);
        if (line->pen() != pen)
            line->setPen(pen);
        // x is UTC milliseconds, as Prometheus gives them; the axis labels them in m_zone.
        if (m_model->unit() == ChartPanelModel::Unit::Bytes) {
            // Bytes are drawn as MiB so the axis reads "512", not "5.37e+08".
            QList<QPointF> scaled = series.points;
            for (QPointF &point : scaled)
                point.setY(point.y() / (1024.0 * 1024.0));
            line->replace(scaled);
        } else {
            line->replace(series.points);
        }
        if (line->name() != series.name)
            line->setName(series.name);
    }
    if (d->view->renderHints().testFlag(QPainter::Antialiasing) == dense)
        d->view->setRenderHint(QPainter::Antialiasing, !dense);
    if (m_loading) {
        m_loading = false;
        m_readout->setText(wanted == 0 ? tr("No data in this time range.") : tr("Point at the chart to read values."));
    }
    d->view->viewport()->update();
}

std::pair<double, double> ChartPanel::valueRange() const
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    if (m_model) {
        const double scale = m_model->unit() == ChartPanelModel::Unit::Bytes ? 1.0 / (1024.0 * 1024.0) : 1.0;
        for (const ChartPanelModel::Series &series : m_model->series()) {
            for (const QPointF &point : series.points) {
                if (!std::isfinite(point.y()))
                    continue;
                low = std::min(low, point.y() * scale);
                high = std::max(high, point.y() * scale);
            }
        }
    }
    if (!std::isfinite(low)) {
        low = 0;
        high = 1;
    }
    if (low >= 0 && low < (high - low) * 0.5)
        low = 0; // start at zero unless that would flatten the detail
    if (high - low < 1e-9) {
        const double pad = std::abs(high) > 0 ? std::abs(high) * 0.1 : 1;
        low -= pad;
        high += pad;
    } else {
        high += (high - low) * 0.02; // the highest point does not touch the frame
    }
    // Four intervals (five ticks) of a nice step: readable labels, and an axis that stays
    // put while values move a little, so the lines need not be recomputed for it.
    constexpr int intervals = 4;
    double step = niceStep((high - low) / intervals);
    double from = std::floor(low / step) * step;
    while (from + intervals * step < high) {
        step = niceStep(step * 1.01);
        from = std::floor(low / step) * step;
    }
    return {from, from + intervals * step};
}

void ChartPanel::updateYAxisTitle()
{
    const ChartPanelModel::Unit unit = m_model ? m_model->unit() : ChartPanelModel::Unit::Plain;
    switch (unit) {
    case ChartPanelModel::Unit::Ratio:
        d->yAxis->setLabelFormat(QStringLiteral("%.3g"));
        d->yAxis->setTitleText(tr("ratio (1 = 100 %)"));
        break;
    case ChartPanelModel::Unit::Seconds:
        d->yAxis->setLabelFormat(QStringLiteral("%.3g"));
        d->yAxis->setTitleText(tr("seconds"));
        break;
    case ChartPanelModel::Unit::Bytes:
        d->yAxis->setLabelFormat(QStringLiteral("%.0f"));
        d->yAxis->setTitleText(tr("MiB"));
        break;
    case ChartPanelModel::Unit::PerMinute:
        d->yAxis->setLabelFormat(QStringLiteral("%.3g"));
        d->yAxis->setTitleText(tr("per minute"));
        break;
    case ChartPanelModel::Unit::Plain:
        d->yAxis->setLabelFormat(QStringLiteral("%.4g"));
        d->yAxis->setTitleText(QString());
        break;
    }
}

QList<QList<QPointF>> ChartPanel::drawnLines() const
{
    QList<QList<QPointF>> lines;
    for (const QLineSeries *line : d->lines)
        lines.append(line->points());
    return lines;
}

std::pair<double, double> ChartPanel::valueAxisRange() const
{
    return {d->yAxis->min(), d->yAxis->max()};
}

QDateTime ChartPanel::drawnRangeStart() const
{
    return QDateTime::fromMSecsSinceEpoch(qint64(d->xAxis->min()), Qt::UTC);
}

bool ChartPanel::isAntialiased() const
{
    return d->view->renderHints().testFlag(QPainter::Antialiasing);
}

int ChartPanel::lineWidth() const
{
    return d->lines.isEmpty() ? 2 : d->lines.constFirst()->pen().width();
}

QString ChartPanel::hoverText(const QDateTime &at) const
{
    if (!m_model || m_model->rowCount() == 0)
        return tr("No data in this time range.");
    const double x = double(at.toMSecsSinceEpoch());
    QStringList parts;
    for (const ChartPanelModel::Series &series : m_model->series()) {
        if (series.points.isEmpty())
            continue;
        auto it = std::lower_bound(series.points.cbegin(), series.points.cend(), x,
                                   [](const QPointF &point, double value) { return point.x() < value; });
        if (it == series.points.cend())
            --it;
        else if (it != series.points.cbegin() && std::abs((it - 1)->x() - x) < std::abs(it->x() - x))
            --it;
        parts.append(tr("%1: %2").arg(series.name, m_model->formatValue(it->y())));
    }
    const QString when = QLocale().toString(at.toTimeZone(m_zone), QLocale::ShortFormat);
    return tr("%1 — %2").arg(when, parts.join(QStringLiteral(" · ")));
}

void ChartPanel::showHover(const QPointF &chartPosition)
{
    if (!d->chart->plotArea().contains(chartPosition))
        return;
    const QPointF value = d->chart->mapToValue(chartPosition, d->lines.isEmpty() ? nullptr : d->lines.first());
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(value.x()), Qt::UTC);
    const QString text = hoverText(at);
    m_readout->setText(text);
    Q_EMIT hovered(text);
}

void ChartPanel::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    d->chart->setBackgroundBrush(pal.color(QPalette::Base));
    d->chart->setPlotAreaBackgroundVisible(false);
    d->chart->legend()->setLabelColor(pal.color(QPalette::Text));
    const QColor text = pal.color(QPalette::Text);
    const QColor grid = dark ? QColor(255, 255, 255, 40) : QColor(0, 0, 0, 30);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(d->xAxis), static_cast<QAbstractAxis *>(d->yAxis)}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        QFont font = this->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
    QPalette statusPalette = pal;
    statusPalette.setColor(QPalette::WindowText, dark ? QColor(255, 200, 90) : QColor(140, 80, 0));
    m_status->setPalette(statusPalette);
    rebuildSeries();
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

} // namespace Gatehouse::Ui
