// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "engine/engineclient.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Stasis
{

MainWindow::MainWindow(EngineClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_banner(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_connectionState(new QLabel(this))
{
    setWindowTitle(tr("Stasis"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setAutoFillBackground(true);
    m_banner->setMargin(8);
    QPalette warning = m_banner->palette();
    warning.setColor(QPalette::Window, QColor(0xff, 0xe0, 0xb2));
    warning.setColor(QPalette::WindowText, Qt::black);
    m_banner->setPalette(warning);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_connectionState);
    m_connectionState->setText(tr("Connecting to %1…").arg(client->endpoint().displayUrl()));
    resize(900, 560);
}

MainWindow::~MainWindow() = default;

void MainWindow::connectToEngine()
{
    m_client->connectToEngine().then(this, [this](const EngineResult<EnginePing> &ping) {
        if (!ping) {
            showError(ping.error());
            return;
        }
        const bool experimental = ping->experimental;
        m_client->version().then(this, [this, experimental](const EngineResult<EngineVersion> &version) {
            if (!version) {
                showError(version.error());
                return;
            }
            m_client->info().then(this, [this, version = *version, experimental](const EngineResult<EngineInfo> &info) {
                if (!info) {
                    showError(info.error());
                    return;
                }
                showEngine(version, *info, experimental);
            });
        });
    });
}

void MainWindow::showEngine(const EngineVersion &version, const EngineInfo &info, bool experimental)
{
    const bool linux = info.osType == QLatin1String("linux");
    QString problem;
    if (!linux) {
        problem = tr("This engine runs %1 containers; checkpoints need a Linux engine with CRIU.").arg(info.osType);
    } else if (!experimental) {
        problem = tr("Checkpoints are off: the engine runs without experimental mode. Add \"experimental\": true to /etc/docker/daemon.json (or start "
                     "dockerd with --experimental), restart the engine, then reconnect.");
    }
    m_banner->setText(problem);
    m_banner->setVisible(!problem.isEmpty());
    m_summary->setText(tr("<h2>Docker %1</h2>"
                          "<p>API %2 (negotiated %3) · %4 · kernel %5 · %6</p>"
                          "<p>Data root: %7</p>"
                          "<p>%8 containers, %9 running</p>"
                          "<p><b>Checkpointing: %10</b></p>")
                           .arg(version.version.toHtmlEscaped(),
                                version.apiVersion.toHtmlEscaped(),
                                m_client->apiVersion().toHtmlEscaped(),
                                info.operatingSystem.toHtmlEscaped(),
                                info.kernelVersion.toHtmlEscaped(),
                                info.architecture.toHtmlEscaped(),
                                info.dockerRootDir.toHtmlEscaped())
                           .arg(info.containers)
                           .arg(info.containersRunning)
                           .arg(problem.isEmpty() ? tr("available") : tr("unavailable")));
    m_connectionState->setText(tr("● Connected to %1 (Docker %2)").arg(m_client->endpoint().displayUrl(), version.version));
    Q_EMIT loaded(true);
}

void MainWindow::showError(const EngineError &error)
{
    m_banner->setText(error.toString());
    m_banner->setVisible(true);
    m_summary->clear();
    m_connectionState->setText(tr("○ Not connected to %1").arg(m_client->endpoint().displayUrl()));
    Q_EMIT loaded(false);
}

} // namespace Stasis
