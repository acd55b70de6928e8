#pragma once

#include <QWidget>

namespace Gatehouse::Ui {

/// One line explaining the calendar's marks: each band kind's pattern and glyph,
/// the state stripe of change blocks, and the hard/soft conflict markers. Follows
/// the palette (light or dark). UI thread only.
class CalendarLegend : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarLegend(QWidget *parent = nullptr);

    /// The legend's entries as text, in order (for tests and screen readers).
    QStringList entries() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Gatehouse::Ui
