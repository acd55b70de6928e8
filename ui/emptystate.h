#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Gatehouse::Ui {

/// A centred "nothing here yet" message: an icon, a title, one explaining
/// sentence and an optional action button. Used wherever a view would
/// otherwise be blank.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    /// Shows the action button with this label; an empty label hides it.
    void setActionText(const QString &text);
    QPushButton *actionButton() const { return m_button; }

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace Gatehouse::Ui
