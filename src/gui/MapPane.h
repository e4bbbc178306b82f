#pragma once

#include "core/query/CatalogueFilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace ssc {

struct ExportablePicture;

class CatalogueSession;
class WorldMapView;

// The Map tab beside the results: the world map (WorldMapView) shaded by
// the initiatives under the window's filter, with the country in the role
// chosen here (any, provider, recipient, ...), counted on the catalogue's
// thread (QueryEngine::countsWithin). Countries with initiatives but no
// shape in the map data are listed under it. A click on a country asks the
// window to filter by it in that role (Ctrl+click adds it). Export saves
// the map as PNG or SVG, or copies it.
class MapPane : public QWidget
{
    Q_OBJECT
public:
    MapPane(CatalogueSession *session, QWidget *parent = nullptr);

    // The window's filter changed: recounted now if the map shows, else
    // when it next does.
    void setFilter(const CatalogueFilter &filter);
    WorldMapView *view() const { return m_view; }
    QString role() const;
    void setRole(const QString &role);
    // Countries shaded by count, or links from providers to recipients.
    bool showsLinks() const;
    void setShowsLinks(bool links);
    bool isCounting() const { return m_pending > 0; }
    QLabel *missingLabel() const { return m_missing; }

    // The map at this size as an image or an SVG file; false with a
    // message when it cannot be written.
    bool exportTo(const QString &path, QString *error) const;

signals:
    // A click on a country: filter by it, in the role the map shows.
    void countryClicked(const QString &code, const QString &role, bool add);
    void counted();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void recount();
    ExportablePicture picture() const;

    CatalogueSession *m_session;
    WorldMapView *m_view;
    QComboBox *m_role;
    QComboBox *m_mode;
    QLabel *m_missing;
    QToolButton *m_export;
    CatalogueFilter m_filter;
    bool m_stale = true;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace ssc
