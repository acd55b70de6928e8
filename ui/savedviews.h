#pragma once

#include "changefilterproxymodel.h"

#include <QList>
#include <QString>

namespace Gatehouse::Ui {

/// A named Changes filter the person saved ("My emergency changes").
struct SavedView
{
    QString name;
    ChangeFilter filter;
};

/// Saved views of the Changes list, kept in QSettings (group "changes/savedViews",
/// one entry per view, in the order saved). Holds no secret. Any thread
/// (QSettings is reentrant), though the Changes page calls it from the UI thread.
class SavedViews
{
public:
    /// Every saved view, in the order they were first saved.
    static QList<SavedView> load();
    /// Adds `view`, or replaces the view with the same name (keeping its place).
    static void save(const SavedView &view);
    /// Removes the view named `name`; false when there was none.
    static bool remove(const QString &name);
    /// The view named `name`, or a view with an empty name.
    static SavedView find(const QString &name);
};

} // namespace Gatehouse::Ui
