#pragma once

class QLabel;

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

} // namespace Gatehouse::Ui::DetailStyle
