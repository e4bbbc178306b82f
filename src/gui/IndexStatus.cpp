#include "IndexStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace ssc {

using State = CatalogueSession::IndexState;

IndexStatus::IndexStatus(CatalogueSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_button(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_button);
    m_bar->setMaximumWidth(160);
    m_button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_bar->setAccessibleName(tr("Progress of the index build"));
    m_button->setAccessibleName(tr("Stop or start the index build"));
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_session->indexState() == State::Building)
            m_session->stopIndexBuild();
        else if (m_session->indexState() == State::Ready)
            hide(); // the notice below was read
        else
            m_session->buildIndex();
    });
    connect(session, &CatalogueSession::indexProgress, this, [this](int done, int total) {
        m_bar->setRange(0, total);
        m_bar->setValue(done);
    });
    connect(session, &CatalogueSession::indexStateChanged, this, &IndexStatus::show);
    hide();
}

QString IndexStatus::paneMessage(State state)
{
    switch (state) {
    case State::Building:
        return tr("The counts appear when the index is built (see the status bar). Search, "
                  "sorting and the results work meanwhile.");
    case State::Stopped:
        return tr("No counts: building the index was stopped. Filtering by these values "
                  "needs it: choose Build index in the status bar.");
    case State::Failed:
        return tr("No counts: the index could not be built (see the status bar).");
    case State::None:
    case State::Ready:
        break;
    }
    return {};
}

void IndexStatus::show(State state, const QString &message)
{
    m_bar->setVisible(state == State::Building);
    m_label->setToolTip(message);
    switch (state) {
    case State::Building:
        m_label->setText(tr("Building the index for the filters…"));
        m_button->setText(tr("Stop"));
        m_button->setToolTip(tr("Stop building the index; the results stay, without counts"));
        break;
    case State::Stopped:
        m_label->setText(tr("Index not built."));
        m_button->setText(tr("Build index"));
        m_button->setToolTip(tr("Build the index that the filters and their counts need"));
        break;
    case State::Failed:
        m_label->setText(tr("The index could not be built: %1").arg(message));
        m_button->setText(tr("Try again"));
        m_button->setToolTip(tr("Build the index again"));
        break;
    case State::Ready:
        // Ready with a message: the saved index was damaged and built
        // again. It stays until dismissed, since results replace the
        // status bar's messages at once.
        if (message.isEmpty()) {
            hide();
            return;
        }
        m_label->setText(message);
        m_button->setText(tr("Dismiss"));
        m_button->setToolTip(tr("Hide this notice"));
        break;
    case State::None:
        hide();
        return;
    }
    QWidget::show();
}

} // namespace ssc
