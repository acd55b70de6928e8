#pragma once

#include "models/sourcestate.h"

#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTimeZone>
#include <QWidget>

#include <memory>
#include <utility>

class QLabel;

namespace Gatehouse::Ui {

class ChartPanelModel;

/// One time-series chart with its title, its source's state and hover read-out: the only
/// place in Gatehouse that uses Qt Charts, so charts can move to another library without
/// touching the rest of the UI. It draws what a ChartPanelModel holds (one line per row,
/// colour and dash pattern per row so lines differ without colour) and shades change
/// windows as bands with their titles.
///
/// The x axis is the time range set with setTimeRange(), labelled on round wall-clock
/// times of the panel's time zone (setTimeZone(); the computer's by default), which the
/// axis title names; hover read-outs use that zone too.
///
/// Redrawing is kept cheap, as Qt Charts recomputes a line's whole geometry whenever its
/// points or an axis range change: rows the model reports changed are replaced as whole
/// lists, once per model update; the value axis moves in "nice" steps, so small changes
/// leave it alone; when a range does change the lines are emptied first, so each line's
/// geometry is computed once, for its new points; a new time range with lines on
/// screen is applied in the next event-loop turn (or the next data, whichever comes
/// first); dense lines (more points than pixels) are drawn one pixel wide without
/// antialiasing (half the drawing and geometry cost of a 2 px antialiased stroke).
/// UI thread only.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    /// A shaded interval, e.g. a change window.
    struct Band
    {
        QDateTime start; ///< UTC
        QDateTime end;   ///< UTC
        QString title;
    };

    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    void setTitle(const QString &title);
    QString title() const;

    /// The data to draw; not owned, must outlive the panel or be reset to nullptr.
    void setModel(ChartPanelModel *model);
    ChartPanelModel *model() const { return m_model; }

    void setTimeRange(const QDateTime &start, const QDateTime &end);
    QDateTime rangeStart() const { return m_start; }
    QDateTime rangeEnd() const { return m_end; }

    /// The zone the time axis, hover and "last good data" times are written in (e.g. the
    /// environment's site); an invalid zone means the computer's.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    /// The time axis' title, naming the zone, e.g. "Time (America/Chicago, CST)".
    QString timeAxisTitle() const;
    /// The time axis' labelled ticks as drawn: each instant (UTC) and its label.
    QList<std::pair<QDateTime, QString>> timeAxisTicks() const;
    /// The x coordinate (in this widget) where the chart itself draws time `at`, from its
    /// plot area and its axis' range (xForTime() is where bands are drawn).
    double chartXForTime(const QDateTime &at) const;
    /// The ticks for [start, end] in `zone`: at most about eight, on wall-clock times
    /// that divide a day (every 5 min … 12 h), labelled "HH:mm", or at midnights,
    /// labelled "ddd d".
    static QList<std::pair<QDateTime, QString>> timeTicks(const QDateTime &start, const QDateTime &end,
                                                          const QTimeZone &zone);
    /// "America/Chicago, CST": the zone's id and its abbreviation at `at`.
    static QString zoneLabel(const QTimeZone &zone, const QDateTime &at = {});

    void setBands(const QList<Band> &bands);
    QList<Band> bands() const { return m_bands; }
    /// Where each band (clipped to the range) is drawn, in this widget's coordinates;
    /// empty rectangles for bands outside the range.
    QList<QRectF> bandRects() const;
    /// The x coordinate (in this widget) of time `at` on the chart.
    double xForTime(const QDateTime &at) const;
    /// The plot area in this widget's coordinates.
    QRectF plotArea() const;
    /// Width of the plot area in pixels: what series are reduced to about twice of.
    int plotWidth() const;

    /// The source's state, shown in words under the title when not fresh.
    void setSourceState(const Models::SourceState &state);
    /// The text of the state line; empty when fresh.
    QString stateText() const;

    /// What hovering at time `at` shows: the time and each series' value there.
    QString hoverText(const QDateTime &at) const;

    /// Shows "Loading…" until the next model update.
    void setLoading(bool loading);

    /// What the chart draws now, line by line (values in the axis' unit, e.g. MiB).
    QList<QList<QPointF>> drawnLines() const;
    /// The value axis' range as drawn.
    std::pair<double, double> valueAxisRange() const;
    /// The start of the time axis as drawn (a new range reaches it by the next paint).
    QDateTime drawnRangeStart() const;
    /// Whether lines are drawn antialiased (not when they have more points than pixels).
    bool isAntialiased() const;
    /// The width in pixels lines are drawn with: 1 when they have more points than
    /// pixels, else 2.
    int lineWidth() const;

Q_SIGNALS:
    /// The pointer moved over the chart; `text` is what the read-out now shows.
    void hovered(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    QList<std::pair<double, double>> bandFractions() const;
    void rebuildSeries();
    /// Redraws rows `first`..`last` (and every row when an axis range changes).
    void updateRows(int first, int last);
    /// The value axis range the model's points need, in nice steps.
    std::pair<double, double> valueRange() const;
    void applyTimeRange();
    void updateYAxisTitle();
    void applyPalette();
    void showHover(const QPointF &chartPosition);

    std::unique_ptr<Private> d;
    ChartPanelModel *m_model = nullptr;
    QDateTime m_start;
    QDateTime m_end;
    QList<Band> m_bands;
    QTimeZone m_zone;
    Models::SourceState m_state;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_readout = nullptr;
    bool m_loading = false;
};

} // namespace Gatehouse::Ui
