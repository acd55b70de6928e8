#include "savedviews.h"

#include <QSettings>

namespace Gatehouse::Ui {

using Models::ChangeState;
using Models::ChangeType;

namespace {

const QString kGroup = QStringLiteral("changes/savedViews");

// Stored by their database spellings, so a reordered enum cannot change a saved view.
void write(QSettings &settings, const QList<SavedView> &views)
{
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(views.size()));
    for (int i = 0; i < views.size(); ++i) {
        settings.setArrayIndex(i);
        const SavedView &view = views.at(i);
        settings.setValue(QStringLiteral("name"), view.name);
        settings.setValue(QStringLiteral("text"), view.filter.text);
        QStringList states;
        for (ChangeState state : view.filter.states)
            states.append(Models::toString(state));
        settings.setValue(QStringLiteral("states"), states);
        QStringList types;
        for (ChangeType type : view.filter.types)
            types.append(Models::toString(type));
        settings.setValue(QStringLiteral("types"), types);
        settings.setValue(QStringLiteral("environment"), view.filter.environment);
        settings.setValue(QStringLiteral("requester"), view.filter.requester);
        settings.setValue(QStringLiteral("needsDecision"), view.filter.needsDecision);
    }
    settings.endArray();
}

} // namespace

QList<SavedView> SavedViews::load()
{
    QSettings settings;
    QList<SavedView> views;
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        SavedView view;
        view.name = settings.value(QStringLiteral("name")).toString();
        if (view.name.isEmpty())
            continue;
        view.filter.text = settings.value(QStringLiteral("text")).toString();
        for (const QString &state : settings.value(QStringLiteral("states")).toStringList()) {
            if (const auto parsed = Models::changeStateFromString(state))
                view.filter.states.append(*parsed);
        }
        for (const QString &type : settings.value(QStringLiteral("types")).toStringList()) {
            if (const auto parsed = Models::changeTypeFromString(type))
                view.filter.types.append(*parsed);
        }
        view.filter.environment = settings.value(QStringLiteral("environment")).toString();
        view.filter.requester = settings.value(QStringLiteral("requester")).toString();
        view.filter.needsDecision = settings.value(QStringLiteral("needsDecision")).toBool();
        views.append(view);
    }
    settings.endArray();
    return views;
}

void SavedViews::save(const SavedView &view)
{
    QList<SavedView> views = load();
    bool replaced = false;
    for (SavedView &existing : views) {
        if (existing.name == view.name) {
            existing = view;
            replaced = true;
        }
    }
    if (!replaced)
        views.append(view);
    QSettings settings;
    write(settings, views);
}

bool SavedViews::remove(const QString &name)
{
    QList<SavedView> views = load();
    const auto removed = views.removeIf([&](const SavedView &view) { return view.name == name; });
    if (removed == 0)
        return false;
    QSettings settings;
    write(settings, views);
    return true;
}

SavedView SavedViews::find(const QString &name)
{
    for (const SavedView &view : load()) {
        if (view.name == name)
            return view;
    }
    return {};
}

} // namespace Gatehouse::Ui
