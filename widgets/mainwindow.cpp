// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "archiveactions.h"
#include "checkpointdialog.h"
#include "checkpointmodel.h"
#include "checkpointcatalog.h"
#include "checkpointrisks.h"
#include "helperregistry.h"
#include "checkpointtimelineview.h"
#include "containerfilterproxymodel.h"
#include "containermodel.h"
#include "containermonitor.h"
#include "engineclient.h"
#include "enginesession.h"
#include "logstream.h"
#include "jobnotifier.h"
#include "createcheckpointjob.h"
#include "jobqueue.h"
#include "removecheckpointjob.h"
#include "restorefromjob.h"
#include "restorejob.h"
#include "rewindjob.h"
#include "jobspanel.h"
#include "logpane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Stasis
{

namespace
{
const QColor connectedColour(0x2e, 0xa0, 0x43);
const QColor waitingColour(0xd9, 0x8e, 0x04);
const QColor failedColour(0xc0, 0x39, 0x2b);
} // namespace

MainWindow::MainWindow(const EngineEndpoint &endpoint, QWidget *parent)
    : QMainWindow(parent)
    , m_containers(new ContainerModel(this))
    , m_proxy(new ContainerFilterProxyModel(this))
    , m_containerView(new QTableView(this))
    , m_logs(new LogPane(this))
    , m_checkpoints(new CheckpointModel(this))
    , m_timeline(new CheckpointTimelineView(this))
    , m_checkpointView(new QTableView(this))
    , m_details(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_rightSplitter(new QSplitter(Qt::Vertical, this))
    , m_checkpointSplitter(new QSplitter(Qt::Vertical, this))
    , m_banner(new QLabel(this))
    , m_engineBox(new QComboBox(this))
    , m_connectionState(new QLabel(this))
    , m_statusSummary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_stateFilter(new QComboBox(this))
    , m_withCheckpoints(new QCheckBox(tr("With checkpoints"), this))
    , m_reconnectAction(new QAction(tr("&Reconnect"), this))
    , m_checkpointAction(new QAction(tr("&Checkpoint…"), this))
    , m_restoreAction(new QAction(tr("&Restore"), this))
    , m_removeAction(new QAction(tr("Re&move Checkpoints…"), this))
    , m_restoreIntoAction(new QAction(tr("Restore &Into…"), this))
    , m_checkpointFolderAction(new QAction(tr("Checkpoint &Folder…"), this))
    , m_jobs(new JobQueue(this))
    , m_jobsPanel(new JobsPanel(m_jobs, this))
    , m_archives(new ArchiveActions(m_jobs, this))
{
    setWindowTitle(tr("Stasis"));
    m_proxy->setSourceModel(m_containers);
    createToolBar();
    createPanes();
    statusBar()->addWidget(m_statusSummary, 1);
    restoreSettings();
    setEngine(endpoint);
}

MainWindow::~MainWindow()
{
    // The panel reads the queue: it goes first.
    delete m_jobsPanel;
    if (m_session && m_session->helpers()->liveCount() > 0) {
        // A checkpoint listing is between creating its helper container and
        // removing it: the session and its client stay until it did, or the
        // helper would stay on the engine.
        EngineSession *session = m_session;
        session->monitor()->stop();
        session->setParent(nullptr);
        session->helpers()->whenNoneLive().then(session, [session] {
            session->deleteLater();
        });
    }
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    m_engineBox->setEditable(true);
    m_engineBox->setMinimumContentsLength(36);
    m_engineBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_engineBox->setToolTip(tr("The engine: a unix:// or tcp:// address. Type another and press Enter to switch."));
    connect(m_engineBox, &QComboBox::textActivated, this, &MainWindow::chooseEngine);
    toolBar->addWidget(m_engineBox);
    toolBar->addWidget(m_connectionState);
    m_reconnectAction->setShortcut(QKeySequence::Refresh);
    connect(m_reconnectAction, &QAction::triggered, this, [this] {
        setEngine(m_session->client()->endpoint());
    });
    toolBar->addAction(m_reconnectAction);
    toolBar->addSeparator();

    m_checkpointAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_checkpointAction->setEnabled(false);
    connect(m_checkpointAction, &QAction::triggered, this, &MainWindow::openCheckpointDialog);
    toolBar->addAction(m_checkpointAction);
    addAction(m_checkpointAction);
    m_restoreAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreSelectedCheckpoint);
    toolBar->addAction(m_restoreAction);
    addAction(m_restoreAction);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeSelectedCheckpoints);
    toolBar->addAction(m_removeAction);
    toolBar->addSeparator();
    toolBar->addAction(m_archives->exportAction());
    toolBar->addAction(m_archives->importAction());
    addActions({m_archives->exportAction(), m_archives->importAction()});
    connect(m_archives, &ArchiveActions::jobQueued, this, [this](quint64 id, const QString &containerId) {
        watchJob(id, containerId);
        m_tabs->setCurrentWidget(m_jobsPanel);
    });
    m_restoreIntoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_restoreIntoAction, &QAction::triggered, this, &MainWindow::restoreSelectedCheckpointInto);
    addAction(m_restoreIntoAction);
    m_checkpointFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_checkpointFolderAction->setToolTip(tr("List the checkpoints of the selected container in a custom folder on the engine's host (Ctrl+Shift+F)"));
    connect(m_checkpointFolderAction, &QAction::triggered, this, &MainWindow::chooseCheckpointFolder);
    addAction(m_checkpointFolderAction);

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
    m_containerView->setModel(m_proxy);
    m_archives->acceptDrops(m_containerView);
    m_containerView->setSortingEnabled(true);
    m_containerView->sortByColumn(ContainerModel::NameColumn, Qt::AscendingOrder);
    m_containerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_containerView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_containerView->verticalHeader()->hide();
    m_containerView->horizontalHeader()->setStretchLastSection(true);
    m_containerView->setAlternatingRowColors(true);
    m_containerView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_containerView->setColumnWidth(ContainerModel::NameColumn, 160);
    m_containerView->setColumnWidth(ContainerModel::StatusColumn, 170);
    connect(m_containerView, &QWidget::customContextMenuRequested, this, &MainWindow::showContainerMenu);
    connect(m_containerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentContainerChanged);

    m_details->setObjectName(QStringLiteral("engineDetails"));
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMargin(8);
    m_checkpointView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_checkpointView->addActions({m_restoreAction, m_restoreIntoAction, m_archives->exportAction(), m_removeAction, m_checkpointFolderAction});
    m_timeline->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_timeline->addActions({m_restoreAction, m_restoreIntoAction, m_archives->exportAction(), m_archives->importAction(), m_removeAction, m_checkpointFolderAction});
    m_jobsPanel->setObjectName(QStringLiteral("jobs"));
    connect(m_jobs, &JobQueue::summaryChanged, this, [this](const QString &summary) {
        m_statusSummary->setText(summary);
    });
    new JobNotifier(m_jobs, this, this);
    m_tabs->addTab(m_logs, tr("&Logs"));
    m_tabs->addTab(m_jobsPanel, tr("&Jobs"));
    m_tabs->addTab(m_details, tr("&Engine"));

    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setModel(m_checkpoints);
    m_checkpointView->setObjectName(QStringLiteral("checkpoints"));
    m_checkpointView->setModel(m_checkpoints);
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
    m_mainSplitter->addWidget(m_containerView);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(1, 1);

    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setAutoFillBackground(true);
    m_banner->setMargin(8);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warning = m_banner->palette();
    warning.setColor(QPalette::Window, QColor(0xff, 0xe0, 0xb2));
    warning.setColor(QPalette::WindowText, Qt::black);
    m_banner->setPalette(warning);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);
}

void MainWindow::setEngine(const EngineEndpoint &endpoint)
{
    if (m_session) {
        m_logs->setContainer(nullptr, {}, {});
        retireSession(m_session);
    }
    m_listed = false;
    m_listing.clear();
    m_listAgain = false;
    m_containers->setContainers({});
    m_session = new EngineSession(endpoint, this);
    m_archives->setClient(m_session->client());
    m_containers->follow(m_session->monitor());
    connect(m_session, &EngineSession::ready, this, &MainWindow::showCapabilities);
    connect(m_session, &EngineSession::failed, this, &MainWindow::showConnectionProblem);
    connect(m_session->monitor(), &ContainerMonitor::containersListed, this, &MainWindow::onContainersListed);
    connect(m_session->monitor(), &ContainerMonitor::stateChanged, this, [this](EventStream::State state) {
        if (state == EventStream::State::Reconnecting) {
            setConnectionState(tr("● reconnecting…"), waitingColour);
        } else if (state == EventStream::State::Connected) {
            setConnectionState(tr("● connected · Docker %1").arg(m_session->capabilities().version.version), connectedColour);
        }
    });
    connect(m_session->monitor(), &ContainerMonitor::checkpointsCounted, this, [this](const QString &id, int count) {
        if (id == selectedContainerId() && count != m_checkpoints->rowCount()) {
            loadCheckpoints(id);
        }
    });
    connect(m_session->monitor(), &ContainerMonitor::containerChanged, this, [this](const ContainerSummary &container) {
        // The log stream ends when the container stops; it resumes when it runs again (e.g. after a restore).
        if (container.id == selectedContainerId()) {
            updateActions();
        }
        LogStream *stream = m_logs->stream();
        if (stream && container.id == selectedContainerId() && container.state == QLatin1String("running") && stream->state() == LogStream::State::Ended) {
            stream->resume();
        }
    });
    const int existing = m_engineBox->findText(endpoint.displayUrl());
    if (existing < 0) {
        m_engineBox->insertItem(0, endpoint.displayUrl());
    }
    m_engineBox->setCurrentText(endpoint.displayUrl());
    setConnectionState(tr("● connecting…"), waitingColour);
    updateActions();
    // Queued: listeners connected right after construction hear the outcome.
    QMetaObject::invokeMethod(m_session, &EngineSession::start, Qt::QueuedConnection);
}

void MainWindow::retireSession(EngineSession *session)
{
    session->monitor()->stop();
    session->monitor()->disconnect(this);
    session->monitor()->disconnect(m_containers);
    session->disconnect(this);
    // Its jobs may still be queued or running: they use its client.
    const auto deleteWhenIdle = [this, session] {
        if (m_jobs->runningCount() + m_jobs->queuedCount() == 0) {
            session->deleteLater();
        }
    };
    connect(m_jobs, &JobQueue::summaryChanged, session, deleteWhenIdle);
    deleteWhenIdle();
}

void MainWindow::chooseEngine(const QString &text)
{
    const auto endpoint = EngineEndpoint::parse(text);
    if (!endpoint) {
        m_banner->setText(endpoint.error());
        m_banner->setVisible(true);
        return;
    }
    setEngine(*endpoint);
}

void MainWindow::showCapabilities(const EngineCapabilities &capabilities)
{
    m_banner->setText(capabilities.checkpointProblem);
    m_banner->setVisible(!capabilities.canCheckpoint());
    updateActions();
    const EngineVersion &version = capabilities.version;
    const EngineInfo &info = capabilities.info;
    m_details->setText(tr("<h3>Docker %1</h3>"
                          "<p>API %2 (Stasis speaks %3) · %4 · kernel %5 · %6</p>"
                          "<p>Data root: %7</p>"
                          "<p>Checkpointing: <b>%8</b></p>")
                           .arg(version.version.toHtmlEscaped(),
                                version.apiVersion.toHtmlEscaped(),
                                capabilities.apiVersion.toHtmlEscaped(),
                                info.operatingSystem.toHtmlEscaped(),
                                info.kernelVersion.toHtmlEscaped(),
                                info.architecture.toHtmlEscaped(),
                                info.dockerRootDir.toHtmlEscaped(),
                                capabilities.canCheckpoint() ? tr("available") : tr("unavailable")));
    m_statusSummary->setText(tr("Engine ready · checkpointing %1").arg(capabilities.canCheckpoint() ? tr("available") : tr("unavailable")));
}

void MainWindow::showConnectionProblem(const EngineError &error)
{
    m_banner->setText(error.toString());
    m_banner->setVisible(true);
    setConnectionState(tr("● not connected"), failedColour);
    m_statusSummary->setText(tr("Not connected. Fix the problem above, then Reconnect (F5)."));
    Q_EMIT loaded(false);
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
        return;
    }
    m_selectionPartsPending = 2;
    m_logs->setContainer(m_session->client(), id, current.siblingAtColumn(ContainerModel::NameColumn).data().toString());
    connect(m_logs->stream(), &LogStream::linesReceived, this, &MainWindow::noteSelectionPartLoaded, Qt::SingleShotConnection);
    if (m_checkpoints->container() != id) {
        m_checkpoints->clear();
        m_checkpointFolder.clear(); // a custom folder belongs to the container it was chosen for
    }
    loadCheckpoints(id);
}

void MainWindow::loadCheckpoints(const QString &containerId)
{
    // Events come in bursts (a checkpoint that stops its container: checkpoint, die):
    // one listing at a time, then one more if asked meanwhile.
    if (m_listing == containerId) {
        m_listAgain = true;
        return;
    }
    m_listing = containerId;
    m_listAgain = false;
    const QString folder = m_checkpointFolder;
    CheckpointCatalog(m_session->client()).list(containerId, folder).then(this, [this, containerId, folder](const EngineResult<QList<CheckpointInfo>> &checkpoints) {
        if (m_listing == containerId) {
            m_listing.clear();
            if (std::exchange(m_listAgain, false) && containerId == selectedContainerId()) {
                loadCheckpoints(containerId);
            }
        }
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
    });
}

void MainWindow::noteSelectionPartLoaded()
{
    if (m_selectionPartsPending > 0 && --m_selectionPartsPending == 0) {
        Q_EMIT selectionLoaded();
    }
}

void MainWindow::showContainerMenu(const QPoint &position)
{
    const QModelIndex index = m_containerView->indexAt(position);
    if (!index.isValid()) {
        return;
    }
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = index.data(ContainerModel::IdRole).toString();
    menu->addAction(m_checkpointAction);
    QAction *import = menu->addAction(m_archives->importAction()->icon(), m_archives->importAction()->text(), this, [this, id] {
        m_archives->openImportDialog({}, id);
    });
    import->setEnabled(m_archives->importAction()->isEnabled());
    menu->addSeparator();
    menu->addAction(tr("Copy &ID"), this, [id] {
        QApplication::clipboard()->setText(id);
    });
    menu->popup(m_containerView->viewport()->mapToGlobal(position));
}

void MainWindow::openCheckpointDialog()
{
    QStringList ids;
    QStringList names;
    const QModelIndexList rows = m_containerView->selectionModel()->selectedRows(ContainerModel::NameColumn);
    for (const QModelIndex &row : rows) {
        ids.append(row.data(ContainerModel::IdRole).toString());
        names.append(row.data().toString());
    }
    if (ids.isEmpty()) {
        return;
    }
    auto *dialog = new CheckpointDialog(names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        CheckpointRisks::assess(m_session->client(), ids.at(i), dialog)
            .then(dialog, [dialog, name = names.at(i)](const EngineResult<QList<CheckpointRisk>> &risks) {
                // Without inspect data there is nothing to warn about; the job will say what fails.
                dialog->setRisks(name, risks.value_or(QList<CheckpointRisk>{}));
            });
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids, names] {
        const CheckpointOptions options = dialog->options();
        EngineClient *client = m_session->client();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QString id = ids.at(i);
            const auto jobId = m_jobs->enqueue(
                [client, id, options] {
                    return new CreateCheckpointJob(client, id, options);
                },
                id,
                tr("Checkpoint %1 as %2").arg(names.at(i), options.name));
            watchJob(jobId, id);
        }
        m_tabs->setCurrentWidget(m_jobsPanel);
    });
    dialog->open();
}

void MainWindow::restoreSelectedCheckpoint()
{
    const CheckpointInfo *checkpoint = m_checkpoints->checkpointAt(m_checkpointView->selectionModel()->currentIndex());
    const QString id = m_checkpoints->container();
    if (!checkpoint || id.isEmpty()) {
        return;
    }
    EngineClient *client = m_session->client();
    const QString name = checkpoint->name;
    const QModelIndex container = m_containerView->selectionModel()->currentIndex();
    const QString containerName = container.siblingAtColumn(ContainerModel::NameColumn).data().toString();
    if (const QString folder = checkpoint->directory; !folder.isEmpty()) {
        // The engine refuses to start from a custom folder: copy, then restore.
        const auto jobId = m_jobs->enqueue(
            [client, id, name, folder] {
                return new RestoreFromJob(client, CheckpointCopy::Source{{}, folder, name}, id);
            },
            id,
            tr("Restore %1 from %2 in %3").arg(containerName, name, folder));
        watchJob(jobId, id);
        m_tabs->setCurrentWidget(m_jobsPanel);
        return;
    }
    if (container.data(ContainerModel::StateRole).toString() != QLatin1String("running")) {
        const auto jobId = m_jobs->enqueue(
            [client, id, name] {
                return new RestoreJob(client, id, name);
            },
            id,
            tr("Restore %1 from %2").arg(containerName, name));
        watchJob(jobId, id);
        m_tabs->setCurrentWidget(m_jobsPanel);
        return;
    }
    // A running container can only be restored after stopping it: rewind.
    auto *question = new QMessageBox(QMessageBox::Question,
                                     tr("Rewind %1").arg(containerName),
                                     tr("%1 is running. Stop it, then restore it from %2? What it did since that checkpoint is lost.").arg(containerName, name),
                                     QMessageBox::Cancel,
                                     this);
    question->setObjectName(QStringLiteral("rewindConfirmation"));
    question->addButton(tr("&Stop, then Restore"), QMessageBox::AcceptRole);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this, [this, question, client, id, name, containerName](QAbstractButton *button) {
        if (question->buttonRole(button) != QMessageBox::AcceptRole) {
            return;
        }
        const auto jobId = m_jobs->enqueue(
            [client, id, name] {
                return new RewindJob(client, id, name);
            },
            id,
            tr("Rewind %1 to %2").arg(containerName, name));
        watchJob(jobId, id);
        m_tabs->setCurrentWidget(m_jobsPanel);
    });
    question->open();
}

void MainWindow::restoreSelectedCheckpointInto()
{
    const CheckpointInfo *checkpoint = m_checkpoints->checkpointAt(m_checkpointView->selectionModel()->currentIndex());
    const QString sourceId = m_checkpoints->container();
    if (!checkpoint || sourceId.isEmpty()) {
        return;
    }
    // Targets: stopped containers other than the source (the engine restores only a stopped container).
    QStringList targets;
    for (int row = 0; row < m_containers->rowCount(); ++row) {
        const QModelIndex index = m_containers->index(row, ContainerModel::NameColumn);
        const QString state = index.data(ContainerModel::StateRole).toString();
        if (index.data(ContainerModel::IdRole).toString() != sourceId && state != QLatin1String("running") && state != QLatin1String("paused")
            && state != QLatin1String("restarting")) {
            targets.append(index.data().toString());
        }
    }
    targets.sort(Qt::CaseInsensitive);
    if (targets.isEmpty()) {
        QMessageBox::information(this,
                                 tr("Restore into another container"),
                                 tr("There is no stopped container to restore into. Create one with the same image and command as the source (docker create), "
                                    "then try again."));
        return;
    }
    const CheckpointCopy::Source source{sourceId, checkpoint->directory, checkpoint->name};
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("restoreIntoDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Restore %1 into…").arg(checkpoint->name));
    dialog->setLabelText(tr("Restore checkpoint %1 into this stopped container. It should have the same image and command as the source; "
                            "it starts from the checkpoint's state.")
                             .arg(checkpoint->name));
    dialog->setComboBoxItems(targets);
    dialog->setOkButtonText(tr("&Restore"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, source](const QString &targetName) {
        const int row = m_containers->rowOf(targetName);
        if (row < 0) {
            statusBar()->showMessage(tr("%1 no longer exists.").arg(targetName), 15000);
            return;
        }
        const QString targetId = m_containers->index(row, 0).data(ContainerModel::IdRole).toString();
        EngineClient *client = m_session->client();
        const auto jobId = m_jobs->enqueue(
            [client, source, targetId] {
                return new RestoreFromJob(client, source, targetId);
            },
            targetId,
            tr("Restore %1 into %2").arg(source.checkpoint, targetName));
        watchJob(jobId, targetId);
        m_tabs->setCurrentWidget(m_jobsPanel);
    });
    dialog->open();
}

void MainWindow::chooseCheckpointFolder()
{
    if (selectedContainerId().isEmpty()) {
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("checkpointFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Checkpoint folder"));
    dialog->setLabelText(tr("List checkpoints from this folder on the engine's host (leave empty for the engine's default folder):"));
    dialog->setTextValue(m_checkpointFolder);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &folder) {
        showCheckpointFolder(folder.trimmed());
    });
    dialog->open();
}

void MainWindow::showCheckpointFolder(const QString &folder)
{
    const QString id = selectedContainerId();
    if (id.isEmpty()) {
        return;
    }
    m_checkpointFolder = folder;
    loadCheckpoints(id);
}

void MainWindow::removeSelectedCheckpoints()
{
    const QString id = m_checkpoints->container();
    QList<CheckpointInfo> chosen;
    const QModelIndexList rows = m_checkpointView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const CheckpointInfo *checkpoint = m_checkpoints->checkpointAt(row)) {
            chosen.append(*checkpoint);
        }
    }
    if (chosen.isEmpty() || id.isEmpty()) {
        return;
    }
    QStringList names;
    for (const CheckpointInfo &checkpoint : std::as_const(chosen)) {
        names.append(checkpoint.name);
    }
    auto *confirmation = new QMessageBox(QMessageBox::Question,
                                         tr("Remove checkpoints"),
                                         tr("Remove %1? Their files are deleted from the engine's host; this cannot be undone.").arg(names.join(QStringLiteral(", "))),
                                         QMessageBox::Cancel,
                                         this);
    confirmation->setObjectName(QStringLiteral("removeConfirmation"));
    confirmation->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirmation, &QMessageBox::buttonClicked, this, [this, confirmation, chosen, id](QAbstractButton *button) {
        if (confirmation->buttonRole(button) != QMessageBox::DestructiveRole) {
            return;
        }
        EngineClient *client = m_session->client();
        for (const CheckpointInfo &checkpoint : chosen) {
            const auto jobId = m_jobs->enqueue(
                [client, id, checkpoint] {
                    return new RemoveCheckpointJob(client, id, checkpoint.name, checkpoint.directory);
                },
                id,
                tr("Remove checkpoint %1").arg(checkpoint.name));
            watchJob(jobId, id);
        }
    });
    confirmation->open();
}

void MainWindow::watchJob(quint64 id, const QString &containerId)
{
    // Removing a checkpoint sends no event: ask again once a job is done.
    connect(m_jobs, &JobQueue::jobFinished, this, [this, id, containerId](quint64 finished) {
        if (finished != id) {
            return;
        }
        m_session->monitor()->refresh(containerId);
        if (containerId == selectedContainerId()) {
            loadCheckpoints(containerId);
        }
    });
}

void MainWindow::updateActions()
{
    const bool connected = m_session && !m_session->capabilities().version.version.isEmpty();
    const QString problem = connected ? m_session->capabilities().checkpointProblem : tr("Not connected to an engine.");
    const bool usable = problem.isEmpty();
    const QModelIndex container = m_containerView->selectionModel()->currentIndex();
    const bool running = container.data(ContainerModel::StateRole).toString() == QLatin1String("running");
    const bool checkpointChosen = m_checkpoints->checkpointAt(m_checkpointView->selectionModel()->currentIndex()) != nullptr;
    const bool checkpointsSelected = m_checkpointView->selectionModel()->hasSelection();

    m_checkpointAction->setEnabled(usable && container.isValid());
    m_checkpointAction->setToolTip(usable ? tr("Checkpoint the selected containers (Ctrl+K)") : problem);
    m_restoreAction->setEnabled(usable && checkpointChosen);
    m_restoreAction->setText(running ? tr("&Rewind…") : tr("&Restore"));
    m_restoreAction->setToolTip(!usable  ? problem
                                    : running ? tr("Stop the running container, then restore it from the selected checkpoint (Ctrl+R)")
                                              : tr("Start the container from the selected checkpoint (Ctrl+R)"));
    m_removeAction->setEnabled(usable && checkpointsSelected);
    m_restoreIntoAction->setEnabled(usable && checkpointChosen);
    m_restoreIntoAction->setToolTip(usable ? tr("Restore the selected checkpoint into another, stopped container (Ctrl+Shift+R)") : problem);
    m_checkpointFolderAction->setEnabled(usable && container.isValid());
    m_removeAction->setToolTip(usable ? tr("Remove the selected checkpoints (Delete)") : problem);
    const CheckpointInfo *checkpoint = m_checkpoints->checkpointAt(m_checkpointView->selectionModel()->currentIndex());
    m_archives->setSelection(container.data(ContainerModel::IdRole).toString(),
                             container.siblingAtColumn(ContainerModel::NameColumn).data().toString(),
                             checkpoint ? checkpoint->name : QString(),
                             checkpoint ? checkpoint->directory : QString());
    m_archives->setUsable(usable, problem);
}

void MainWindow::setConnectionState(const QString &text, const QColor &colour)
{
    m_connectionState->setText(text);
    QPalette palette = m_connectionState->palette();
    palette.setColor(QPalette::WindowText, colour);
    m_connectionState->setPalette(palette);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        resize(1280, 760);
    }
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    if (!m_mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray())) {
        m_mainSplitter->setSizes({560, 720});
    }
    if (!m_rightSplitter->restoreState(settings.value(QStringLiteral("rightSplitter")).toByteArray())) {
        m_rightSplitter->setSizes({330, 400});
    }
    m_checkpointSplitter->restoreState(settings.value(QStringLiteral("checkpointSplitter")).toByteArray());
    m_checkpointView->horizontalHeader()->restoreState(settings.value(QStringLiteral("checkpointHeader")).toByteArray());
    m_containerView->horizontalHeader()->restoreState(settings.value(QStringLiteral("containerHeader")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("rightSplitter"), m_rightSplitter->saveState());
    settings.setValue(QStringLiteral("containerHeader"), m_containerView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("checkpointSplitter"), m_checkpointSplitter->saveState());
    settings.setValue(QStringLiteral("checkpointHeader"), m_checkpointView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace Stasis
