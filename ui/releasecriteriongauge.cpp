#include "ui/releasecriteriongauge.h"

#include "ui/releasestyle.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Gatehouse::Ui {

namespace {

constexpr int kMaxPoints = 60;
constexpr int kIconSize = 16;

QString number(double value)
{
    return QLocale().toString(value, 'g', 4);
}

} // namespace

ReleaseCriterionGauge::ReleaseCriterionGauge(const Models::RollbackCriterion &criterion, QWidget *parent)
    : QWidget(parent), m_criterion(criterion)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(criterion.query);
    setAccessibleName(criterion.name);
}

void ReleaseCriterionGauge::setSamples(const QList<Models::CriterionSample> &samples)
{
    QList<Models::CriterionSample> mine;
    for (const Models::CriterionSample &sample : samples) {
        if (sample.criterion == m_criterion.name)
            mine.append(sample);
    }
    if (mine.size() > kMaxPoints)
        mine = mine.mid(mine.size() - kMaxPoints);
    m_samples = mine;
    setAccessibleDescription(text());
    update();
}

QString ReleaseCriterionGauge::verdict() const
{
    return m_samples.isEmpty() ? QStringLiteral("pending") : m_samples.constLast().verdict;
}

QString ReleaseCriterionGauge::text() const
{
    const QString latest = !m_samples.isEmpty() && m_samples.constLast().value
                               ? tr("latest %1").arg(number(*m_samples.constLast().value))
                               : tr("no value yet");
    const QString action = m_criterion.action == QLatin1String("rollback") ? tr("rolls back") : tr("pauses");
    // Pending with a value: on the bad side, not yet for the whole duration.
    const bool watching = verdict() == QLatin1String("pending") && !m_samples.isEmpty() && m_samples.constLast().value;
    const QString state = watching ? tr("Over the threshold, not yet for the duration") : ReleaseStyle::verdictText(verdict());
    return tr("%1 — %2: %3, %4 when %5 %6 for %n s", nullptr, int(m_criterion.durationSeconds))
        .arg(m_criterion.name, state, latest, action, m_criterion.comparison, number(m_criterion.threshold));
}

QSize ReleaseCriterionGauge::sizeHint() const
{
    const int line = fontMetrics().height();
    return {fontMetrics().horizontalAdvance(text()) + kIconSize + 16, line + 48};
}

QSize ReleaseCriterionGauge::minimumSizeHint() const
{
    return {200, fontMetrics().height() + 48};
}

void ReleaseCriterionGauge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const int line = fontMetrics().height();

    // Icon and words: the verdict never depends on colour alone.
    ReleaseStyle::verdictIcon(verdict()).paint(&painter, QRect(0, (line - kIconSize) / 2, kIconSize, kIconSize));
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRect(kIconSize + 6, 0, width() - kIconSize - 6, line), Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(text(), Qt::ElideRight, width() - kIconSize - 6));

    const QColor bad = verdict() == QLatin1String("breach") ? QColor(0xc0, 0x39, 0x2b) : pal.color(QPalette::Highlight);
    const QColor muted = pal.color(QPalette::PlaceholderText);

    // Bar: the latest value against the threshold, on a scale up to twice the threshold
    // (or the largest value seen); a tick marks the threshold.
    double scale = std::abs(m_criterion.threshold) * 2;
    for (const Models::CriterionSample &sample : m_samples) {
        if (sample.value && std::isfinite(*sample.value))
            scale = std::max(scale, std::abs(*sample.value));
    }
    if (scale <= 0)
        scale = 1;
    const QRectF bar(kIconSize + 6, line + 6, std::max(40, width() / 3), 10);
    painter.setPen(muted);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar);
    if (!m_samples.isEmpty() && m_samples.constLast().value && std::isfinite(*m_samples.constLast().value)) {
        const double fraction = std::clamp(std::abs(*m_samples.constLast().value) / scale, 0.0, 1.0);
        painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * fraction, bar.height()), bad);
    }
    const double thresholdX = bar.left() + bar.width() * std::clamp(std::abs(m_criterion.threshold) / scale, 0.0, 1.0);
    painter.setPen(QPen(pal.color(QPalette::WindowText), 2));
    painter.drawLine(QPointF(thresholdX, bar.top() - 3), QPointF(thresholdX, bar.bottom() + 3));

    // Sparkline of the recent evaluations, threshold dashed across; gaps where no data.
    const QRectF spark(bar.right() + 12, line + 2, width() - bar.right() - 14, 40);
    if (spark.width() < 20)
        return;
    painter.setPen(QPen(muted, 1, Qt::DashLine));
    const auto yOf = [&](double value) {
        return spark.bottom() - spark.height() * std::clamp(value / scale, 0.0, 1.0);
    };
    painter.drawLine(QPointF(spark.left(), yOf(std::abs(m_criterion.threshold))),
                     QPointF(spark.right(), yOf(std::abs(m_criterion.threshold))));
    if (m_samples.size() < 1)
        return;
    const double step = m_samples.size() > 1 ? spark.width() / double(m_samples.size() - 1) : 0;
    QPainterPath path;
    bool drawing = false;
    for (int i = 0; i < m_samples.size(); ++i) {
        const auto &value = m_samples.at(i).value;
        if (!value || !std::isfinite(*value)) {
            drawing = false;
            continue;
        }
        const QPointF point(spark.left() + step * i, yOf(std::abs(*value)));
        if (drawing)
            path.lineTo(point);
        else
            path.moveTo(point);
        drawing = true;
    }
    painter.setPen(QPen(bad, 1.5));
    painter.drawPath(path);
}

} // namespace Gatehouse::Ui
