#pragma once

#include <QWidget>

class QLabel;

namespace Gatehouse::Ui {

/// A word-wrapped line of text in the Rollouts area (the connection banner, the note
/// under the actions) whose changes do not lay the window out again unless its height
/// changes. A QLabel in a layout asks for a new layout on every setText(); these texts
/// change every second while a cluster is away (the data's age) and at each connection
/// change, and that relayout (of rich-text facts and views) landed in the same turns as
/// the views' repaints. The label fills this widget; its height is kept for the width.
///
/// With `holdHeight`, an empty text still takes one line and the height never shrinks
/// until releaseHeight() (or a change of width): a note coming and going (actions
/// unavailable while the connection resynchronises) then lays nothing out again after its
/// first appearance. UI thread only.
class RolloutBanner : public QWidget
{
public:
    explicit RolloutBanner(QWidget *parent = nullptr, bool holdHeight = false);

    /// The label shown (style it, name it, set its flags); set its text through setText().
    QLabel *label() const { return m_label; }
    QString text() const;
    void setText(const QString &text);
    /// Sets the label's style sheet (unchanged: nothing happens).
    void setLabelStyleSheet(const QString &style);
    /// Fits the height to the text again, shrinking too (another workload is shown).
    void releaseHeight();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit(bool mayShrink);

    QLabel *m_label;
    bool m_holdHeight = false;
    int m_height = 0;
    int m_width = -1; ///< the width m_height was fitted for
};

} // namespace Gatehouse::Ui
