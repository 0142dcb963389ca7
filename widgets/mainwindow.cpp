// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "archiveactions.h"
#include "checkpointlister.h"
#include "checkpointmodel.h"
#include "checkpointtimelineview.h"
#include "containerfilterproxymodel.h"
#include "containermenu.h"
#include "containermodel.h"
#include "containermonitor.h"
#include "engineclient.h"
#include "enginelist.h"
#include "enginesession.h"
#include "enginespanel.h"
#include "jobnotifier.h"
#include "jobqueue.h"
#include "jobspanel.h"
#include "logpane.h"
#include "logstream.h"
#include "moveactions.h"
#include "plaintext.h"
#include "workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Stasis
{

MainWindow::MainWindow(const EngineEndpoint &endpoint, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_containers(new ContainerModel(this))
    , m_proxy(new ContainerFilterProxyModel(this))
    , m_containerView(new QTableView(this))
    , m_logs(new LogPane(this))
    , m_checkpoints(new CheckpointModel(this))
    , m_timeline(new CheckpointTimelineView(this))
    , m_checkpointView(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_leftSplitter(new QSplitter(Qt::Vertical, this))
    , m_rightSplitter(new QSplitter(Qt::Vertical, this))
    , m_checkpointSplitter(new QSplitter(Qt::Vertical, this))
    , m_filter(new QLineEdit(this))
    , m_stateFilter(new QComboBox(this))
    , m_withCheckpoints(new QCheckBox(tr("With checkpoints"), this))
    , m_connection(new ConnectionStatus(this))
{
    setWindowTitle(tr("Stasis"));
    m_proxy->setSourceModel(m_containers);
    m_containerView->setModel(m_proxy);
    m_checkpointView->setModel(m_checkpoints);
    PlainText::showToolTipsPlain(m_containerView);
    PlainText::showToolTipsPlain(m_checkpointView);
    PlainText::showToolTipsPlain(m_timeline);
    m_checkpointActions =
        new CheckpointActions(m_workspace, m_containers, m_containerView->selectionModel(), m_checkpoints, m_checkpointView->selectionModel(), this);
    m_archives = new ArchiveActions(m_workspace, this);
    m_engines = new EngineList(this);
    m_engines->restore();
    m_moves = new MoveActions(m_workspace, m_engines, this);
    m_enginesPanel = new EnginesPanel(m_engines, m_moves, this);
    m_jobsPanel = new JobsPanel(m_workspace->jobs(), this);
    new ContainerMenu(m_containerView, m_checkpointActions->checkpointAction(), m_archives, m_moves);
    createToolBar();
    createPanes();
    statusBar()->addWidget(m_connection->summary(), 1);
    m_settings.emplace(this,
                       QStringLiteral("MainWindow"),
                       QList<WindowSettings::Splitter>{{QStringLiteral("mainSplitter"), m_mainSplitter, {560, 720}},
                                                       {QStringLiteral("leftSplitter"), m_leftSplitter, {150, 610}},
                                                       {QStringLiteral("rightSplitter"), m_rightSplitter, {330, 400}},
                                                       {QStringLiteral("checkpointSplitter"), m_checkpointSplitter, {}}},
                       QList<WindowSettings::Header>{{QStringLiteral("checkpointHeader"), m_checkpointView->horizontalHeader()},
                                                     {QStringLiteral("containerHeader"), m_containerView->horizontalHeader()}});
    m_settings->restore(QSize(1280, 760));

    connect(m_workspace, &Workspace::sessionChanged, this, &MainWindow::followSession);
    connect(m_workspace->lister(), &CheckpointLister::listed, this, &MainWindow::showCheckpoints);
    connect(m_connection, &ConnectionStatus::engineChosen, this, &MainWindow::setEngine);
    connect(m_checkpointActions, &CheckpointActions::jobQueued, this, &MainWindow::showJobs);
    connect(m_checkpointActions, &CheckpointActions::folderChosen, this, &MainWindow::showCheckpointFolder);
    connect(m_archives, &ArchiveActions::jobQueued, this, &MainWindow::showJobs);
    connect(m_moves, &MoveActions::jobQueued, this, &MainWindow::showJobs);
    connect(m_enginesPanel, &EnginesPanel::shown, this, [this](EngineSession *session) {
        m_connection->choose(session->client()->endpoint());
    });
    connect(m_enginesPanel, &EnginesPanel::problem, this, [this](const QString &text) {
        banner()->setText(text);
        banner()->setVisible(true);
    });
    m_connection->choose(endpoint);
}

MainWindow::~MainWindow()
{
    // The panel reads the queue, the log follows the session's client: both
    // go before the workspace.
    delete m_jobsPanel;
    m_logs->setContainer(nullptr, {}, {});
}

EngineSession *MainWindow::session() const
{
    return m_workspace->session();
}

JobQueue *MainWindow::jobQueue() const
{
    return m_workspace->jobs();
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->addWidget(m_connection->engineBox());
    toolBar->addWidget(m_connection->state());
    toolBar->addAction(m_connection->reconnectAction());
    toolBar->addSeparator();
    toolBar->addActions({checkpointAction(), restoreAction(), removeAction()});
    toolBar->addSeparator();
    toolBar->addActions({m_archives->exportAction(), m_archives->importAction()});
    // Shortcuts of actions that are not on the tool bar work through the window.
    addActions({checkpointAction(), restoreAction(), m_archives->exportAction(), m_archives->importAction(), restoreIntoAction(), checkpointFolderAction()});

    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_filter->setPlaceholderText(tr("Filter containers"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ContainerFilterProxyModel::setText);
    toolBar->addWidget(m_filter);
    m_stateFilter->addItem(tr("All states"), QString());
    for (const char *state : {"running", "paused", "exited", "created"}) {
        m_stateFilter->addItem(QString::fromLatin1(state), QString::fromLatin1(state));
    }
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setState(m_stateFilter->currentData().toString());
    });
    toolBar->addWidget(m_stateFilter);
    connect(m_withCheckpoints, &QCheckBox::toggled, m_proxy, &ContainerFilterProxyModel::setOnlyWithCheckpoints);
    toolBar->addWidget(m_withCheckpoints);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filter, qOverload<>(&QWidget::setFocus));
    addAction(find);
}

void MainWindow::createPanes()
{
    m_containerView->setObjectName(QStringLiteral("containers"));
    m_archives->acceptDrops(m_containerView);
    // A container dragged onto another engine moves there (EnginesPanel).
    m_containerView->setDragEnabled(true);
    m_containerView->setSortingEnabled(true);
    m_containerView->sortByColumn(ContainerModel::NameColumn, Qt::AscendingOrder);
    m_containerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_containerView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_containerView->verticalHeader()->hide();
    m_containerView->horizontalHeader()->setStretchLastSection(true);
    m_containerView->setAlternatingRowColors(true);
    m_containerView->setColumnWidth(ContainerModel::NameColumn, 160);
    m_containerView->setColumnWidth(ContainerModel::StatusColumn, 170);
    connect(m_containerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentContainerChanged);

    const QList<QAction *> checkpointMenu{restoreAction(), restoreIntoAction(), m_archives->exportAction(), removeAction(), checkpointFolderAction()};
    m_checkpointView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_checkpointView->addActions(checkpointMenu);
    m_timeline->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_timeline->addActions(
        {restoreAction(), restoreIntoAction(), m_archives->exportAction(), m_archives->importAction(), removeAction(), checkpointFolderAction()});
    m_jobsPanel->setObjectName(QStringLiteral("jobs"));
    connect(m_workspace->jobs(), &JobQueue::summaryChanged, m_connection->summary(), &QLabel::setText);
    new JobNotifier(m_workspace->jobs(), this, this);
    m_tabs->addTab(m_logs, tr("&Logs"));
    m_tabs->addTab(m_jobsPanel, tr("&Jobs"));
    m_tabs->addTab(m_connection->details(), tr("&Engine"));

    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setModel(m_checkpoints);
    m_checkpointView->setObjectName(QStringLiteral("checkpoints"));
    m_checkpointView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checkpointView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_checkpointView->verticalHeader()->hide();
    m_checkpointView->horizontalHeader()->setStretchLastSection(true);
    m_checkpointView->setColumnWidth(CheckpointModel::NameColumn, 170);
    m_checkpointView->setColumnWidth(CheckpointModel::CreatedColumn, 150);
    // One selection for both views of the checkpoints.
    m_timeline->setSelectionModel(m_checkpointView->selectionModel());
    connect(m_checkpointView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_checkpointView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateActions);
    m_checkpointSplitter->setObjectName(QStringLiteral("checkpointSplitter"));
    m_checkpointSplitter->addWidget(m_timeline);
    m_checkpointSplitter->addWidget(m_checkpointView);

    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->addWidget(m_checkpointSplitter);
    m_rightSplitter->addWidget(m_tabs);
    m_rightSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplitter->addWidget(m_enginesPanel);
    m_leftSplitter->addWidget(m_containerView);
    m_leftSplitter->setStretchFactor(1, 1);
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(1, 1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_connection->banner());
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);
}

void MainWindow::setEngine(const EngineEndpoint &endpoint)
{
    m_logs->setContainer(nullptr, {}, {});
    m_listed = false;
    m_containers->setContainers({});
    EngineSession *session = m_workspace->connectTo(endpoint);
    // Queued: listeners connected right after construction hear the outcome.
    QMetaObject::invokeMethod(session, &EngineSession::start, Qt::QueuedConnection);
}

void MainWindow::followSession(EngineSession *session)
{
    // The shown engine is one of those kept.
    m_engines->add(session->client()->endpoint());
    m_enginesPanel->setShown(session->client()->endpoint().displayUrl());
    m_connection->follow(session);
    m_containers->follow(session->monitor());
    connect(session, &EngineSession::ready, this, &MainWindow::updateActions);
    connect(session, &EngineSession::failed, this, [this] {
        Q_EMIT loaded(false);
    });
    connect(session->monitor(), &ContainerMonitor::containersListed, this, &MainWindow::onContainersListed);
    connect(session->monitor(), &ContainerMonitor::checkpointsCounted, this, [this](const QString &id, int count) {
        if (id == selectedContainerId() && count != m_checkpoints->rowCount()) {
            listCheckpoints();
        }
    });
    connect(session->monitor(), &ContainerMonitor::containerChanged, this, [this](const ContainerSummary &container) {
        if (container.id != selectedContainerId()) {
            return;
        }
        updateActions();
        // The log stream ends when the container stops; it resumes when it runs again (e.g. after a restore).
        LogStream *stream = m_logs->stream();
        if (stream && container.state == QLatin1String("running") && stream->state() == LogStream::State::Ended) {
            stream->resume();
        }
    });
    updateActions();
}

void MainWindow::onContainersListed()
{
    if (!m_pendingSelection.isEmpty()) {
        selectContainer(m_pendingSelection);
    }
    if (!m_listed) {
        m_listed = true;
        Q_EMIT loaded(true);
    }
}

void MainWindow::selectContainer(const QString &nameOrId)
{
    const int row = m_containers->rowOf(nameOrId);
    if (row < 0) {
        m_pendingSelection = nameOrId;
        return;
    }
    m_pendingSelection.clear();
    const QModelIndex index = m_proxy->mapFromSource(m_containers->index(row, 0));
    m_containerView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_containerView->scrollTo(index);
}

void MainWindow::selectCheckpoint(const QString &name)
{
    const int row = m_checkpoints->rowOf(name, m_checkpointFolder);
    if (row >= 0) {
        m_checkpointView->selectionModel()->setCurrentIndex(m_checkpoints->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

QString MainWindow::selectedContainerId() const
{
    return m_containerView->selectionModel()->currentIndex().data(ContainerModel::IdRole).toString();
}

void MainWindow::onCurrentContainerChanged()
{
    const QModelIndex current = m_containerView->selectionModel()->currentIndex();
    const QString id = current.data(ContainerModel::IdRole).toString();
    updateActions();
    if (id.isEmpty()) {
        m_logs->setContainer(nullptr, {}, {});
        m_checkpoints->clear();
        m_workspace->setShownCheckpoints({}, {});
        return;
    }
    m_selectionPartsPending = 2;
    m_logs->setContainer(session()->client(), id, current.siblingAtColumn(ContainerModel::NameColumn).data().toString());
    connect(m_logs->stream(), &LogStream::linesReceived, this, &MainWindow::noteSelectionPartLoaded, Qt::SingleShotConnection);
    if (m_checkpoints->container() != id) {
        m_checkpoints->clear();
        m_checkpointFolder.clear(); // a custom folder belongs to the container it was chosen for
    }
    // Its count changing (checkpointsCounted) lists the timeline again.
    session()->monitor()->countCheckpoints(id);
    listCheckpoints();
}

void MainWindow::showCheckpointFolder(const QString &folder)
{
    if (selectedContainerId().isEmpty()) {
        return;
    }
    m_checkpointFolder = folder;
    listCheckpoints();
}

void MainWindow::listCheckpoints()
{
    const QString id = selectedContainerId();
    m_checkpointActions->setFolder(m_checkpointFolder);
    m_workspace->setShownCheckpoints(id, m_checkpointFolder);
    m_workspace->lister()->list(id, m_checkpointFolder);
}

void MainWindow::showCheckpoints(const QString &containerId, const QString &folder, const EngineResult<QList<CheckpointInfo>> &checkpoints)
{
    if (containerId != selectedContainerId() || folder != m_checkpointFolder) {
        return; // the selection moved on meanwhile
    }
    if (!checkpoints) {
        // Engines without checkpoint support answer 501: the banner already says why.
        if (checkpoints.error().kind != EngineError::Kind::NotImplemented) {
            statusBar()->showMessage(tr("Cannot list the checkpoints: %1").arg(checkpoints.error().toString()), 15000);
        }
    } else {
        m_checkpoints->setCheckpoints(containerId, *checkpoints);
        m_timeline->fitAll();
    }
    noteSelectionPartLoaded();
}

void MainWindow::noteSelectionPartLoaded()
{
    if (m_selectionPartsPending > 0 && --m_selectionPartsPending == 0) {
        Q_EMIT selectionLoaded();
    }
}

void MainWindow::showJobs()
{
    m_tabs->setCurrentWidget(m_jobsPanel);
}

void MainWindow::updateActions()
{
    EngineSession *current = session();
    const bool connected = current && !current->capabilities().version.version.isEmpty();
    const QString problem = connected ? current->capabilities().checkpointProblem : tr("Not connected to an engine.");
    const bool usable = problem.isEmpty();
    m_checkpointActions->update(usable, problem);
    const QModelIndex container = m_containerView->selectionModel()->currentIndex();
    const CheckpointInfo *checkpoint = m_checkpoints->checkpointAt(m_checkpointView->selectionModel()->currentIndex());
    m_archives->setSelection(container.data(ContainerModel::IdRole).toString(),
                             container.siblingAtColumn(ContainerModel::NameColumn).data().toString(),
                             checkpoint ? checkpoint->name : QString(),
                             checkpoint ? checkpoint->directory : QString());
    m_archives->setUsable(usable, problem);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->save();
    QMainWindow::closeEvent(event);
}

} // namespace Stasis
