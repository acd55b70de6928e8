#pragma once

#include <QWidget>

namespace Gatehouse::Ui {

/// The key to the dependency graph: what the line styles, arrow, blast marks,
/// highlights and badges mean, drawn with the same styles the graph uses.
/// UI thread only.
class GraphLegend : public QWidget
{
    Q_OBJECT

public:
    explicit GraphLegend(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// Draws the legend (or only measures it when `painter` is null); returns the width used.
    int draw(QPainter *painter) const;
};

} // namespace Gatehouse::Ui
