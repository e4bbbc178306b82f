#pragma once

#include "CatalogueSession.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ssc {

// The status bar's account of the facet index while a large catalogue
// opens: a progress bar with Stop while it is built, and a button to build
// it after a stop or a failure. Hidden once the index is ready.
class IndexStatus : public QWidget
{
    Q_OBJECT
public:
    explicit IndexStatus(CatalogueSession *session, QWidget *parent = nullptr);

    // What the filter panes say meanwhile, or empty when they have counts.
    static QString paneMessage(CatalogueSession::IndexState state);

    QPushButton *actionButton() const { return m_button; }
    QProgressBar *progressBar() const { return m_bar; }

private:
    void show(CatalogueSession::IndexState state, const QString &message);

    CatalogueSession *m_session;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_button;
};

} // namespace ssc
