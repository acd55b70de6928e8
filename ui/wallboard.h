#pragma once

#include <QPersistentModelIndex>
#include <QTimer>
#include <QWidget>

#include <chrono>

namespace Gatehouse::Ui {

class EnvironmentsCardDelegate;
class EnvironmentsOverviewModel;

/// The wall-board mode for support desks: one environment at a time, full screen, in
/// large type (the overview card scaled to the screen), cycling through the estate's
/// environments. Esc (or Q) leaves. Reads the same EnvironmentsOverviewModel as the
/// overview, so it is as current as the cards. UI thread only.
class Wallboard : public QWidget
{
    Q_OBJECT
public:
    explicit Wallboard(EnvironmentsOverviewModel *model, QWidget *parent = nullptr);

    /// Time per environment; 0 stops cycling. Default 10 s.
    void setCycleInterval(std::chrono::milliseconds interval);
    int currentRow() const { return m_row; }
    void showRow(int row);
    /// Shows the next environment (wrapping).
    void next();

Q_SIGNALS:
    /// The user left the wall board (Esc); it has closed itself.
    void left();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    EnvironmentsOverviewModel *m_model;
    EnvironmentsCardDelegate *m_delegate;
    QTimer m_timer;
    int m_row = 0;
};

} // namespace Gatehouse::Ui
