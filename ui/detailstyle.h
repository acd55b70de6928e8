#pragma once

#include <QString>

namespace Gatehouse::Ui {
class EmptyState;
}

class QLabel;
class QStackedWidget;
class QVBoxLayout;
class QWidget;

namespace Gatehouse::Ui::DetailStyle {

// The look shared by the detail panes (integration, site, environment), so that they
// read as one family. UI thread only.

/// The large bold name at the top of a detail pane; selectable.
void applyTitle(QLabel *label);
/// The muted, wrapping summary line under the title.
void applySubtitle(QLabel *label);
/// The rich-text table of facts ("Owner  integrations-team"); selectable, wrapping,
/// top-left aligned, no taller than its text.
void applyFacts(QLabel *label);

/// The widgets every detail pane starts with; all children of the pane.
struct PaneParts
{
    QStackedWidget *stack;
    EmptyState *empty;
    QLabel *title;
    QLabel *subtitle;
    QLabel *facts;
};

/// Lays out a detail pane: `stack` fills `pane` and holds the empty state (page 0,
/// shown) and a content page (page 1) that starts with title, subtitle and facts,
/// named `<name>Title` and `<name>Facts`. Returns the content page's layout, for the
/// pane to add what is its own below the facts.
QVBoxLayout *buildPane(QWidget *pane, const PaneParts &parts, const QString &name, const QString &emptyTitle,
                       const QString &emptyText);

} // namespace Gatehouse::Ui::DetailStyle
