// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionstatus.h"

#include "plaintext.h"
#include "uilogging.h"

#include "containermonitor.h"
#include "engineclient.h"
#include "enginesession.h"
#include "enginestatecolours.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>

namespace Stasis
{

ConnectionStatus::ConnectionStatus(QWidget *window)
    : QObject(window)
    , m_engineBox(new QComboBox(window))
    , m_state(PlainText::label(window))
    , m_reconnectAction(new QAction(tr("&Reconnect"), this))
    , m_banner(PlainText::label(window))
    , m_details(new QLabel(window))
    , m_summary(PlainText::label(window))
{
    m_engineBox->setEditable(true);
    m_engineBox->setMinimumContentsLength(36);
    m_engineBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_engineBox->setToolTip(tr("The engine: a unix:// or tcp:// address. Type another and press Enter to switch."));
    connect(m_engineBox, &QComboBox::textActivated, this, &ConnectionStatus::chooseEngine);
    m_reconnectAction->setShortcut(QKeySequence::Refresh);
    connect(m_reconnectAction, &QAction::triggered, this, [this] {
        if (m_session) {
            Q_EMIT engineChosen(m_session->client()->endpoint());
        }
    });

    m_details->setObjectName(QStringLiteral("engineDetails"));
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMargin(8);

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
}

void ConnectionStatus::follow(EngineSession *session)
{
    m_session = session;
    connect(session, &EngineSession::ready, this, &ConnectionStatus::showCapabilities);
    connect(session, &EngineSession::failed, this, &ConnectionStatus::showProblem);
    connect(session->monitor(), &ContainerMonitor::stateChanged, this, [this](EventStream::State state) {
        if (state == EventStream::State::Reconnecting) {
            setState(tr("● reconnecting…"), EngineStateColours::waiting);
        } else if (state == EventStream::State::Connected && m_session) {
            const EngineEndpoint &endpoint = m_session->client()->endpoint();
            setState(tr("● connected · Docker %1 · %2").arg(m_session->capabilities().version.version, endpoint.protection()),
                     endpoint.insecurity().isEmpty() ? EngineStateColours::connected : EngineStateColours::waiting);
        }
    });
    const QString url = session->client()->endpoint().displayUrl();
    if (m_engineBox->findText(url) < 0) {
        m_engineBox->insertItem(0, url);
    }
    m_engineBox->setCurrentText(url);
    setState(tr("● connecting…"), EngineStateColours::waiting);
}

void ConnectionStatus::chooseEngine(const QString &text)
{
    const auto endpoint = EngineEndpoint::parse(text);
    if (!endpoint) {
        m_banner->setText(endpoint.error());
        m_banner->setVisible(true);
        return;
    }
    qCDebug(lcUi) << "switching to" << endpoint->displayUrl();
    choose(*endpoint);
}

void ConnectionStatus::choose(const EngineEndpoint &endpoint)
{
    const QString insecurity = endpoint.insecurity();
    if (insecurity.isEmpty() || m_acceptedInsecure.contains(endpoint.displayUrl())) {
        Q_EMIT engineChosen(endpoint);
        return;
    }
    auto *question = PlainText::box(new QMessageBox(QMessageBox::Warning,
                                                    tr("Unprotected connection"),
                                                    insecurity + QStringLiteral("\n\n") + tr("Connect anyway?"),
                                                    QMessageBox::Cancel,
                                                    qobject_cast<QWidget *>(parent())));
    question->setObjectName(QStringLiteral("insecureConnection"));
    question->addButton(tr("Connect &Anyway"), QMessageBox::AcceptRole);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this, [this, question, endpoint, insecurity](QAbstractButton *button) {
        if (question->buttonRole(button) == QMessageBox::AcceptRole) {
            m_acceptedInsecure.insert(endpoint.displayUrl());
            Q_EMIT engineChosen(endpoint);
            return;
        }
        m_banner->setText(insecurity);
        m_banner->setVisible(true);
        setState(tr("● not connected"), EngineStateColours::failed);
        m_summary->setText(tr("Not connected. Choose a protected engine above."));
    });
    question->open();
}

void ConnectionStatus::showCapabilities(const EngineCapabilities &capabilities)
{
    qCDebug(lcUi) << "connected to Docker" << capabilities.version.version << "checkpointing" << (capabilities.canCheckpoint() ? "available" : "unavailable");
    m_banner->setText(capabilities.checkpointProblem);
    m_banner->setVisible(!capabilities.canCheckpoint());
    const EngineVersion &version = capabilities.version;
    const EngineInfo &info = capabilities.info;
    const EngineEndpoint &endpoint = m_session->client()->endpoint();
    QString connection = tr("<p>Connection: %1</p>").arg(endpoint.protection().toHtmlEscaped());
    for (const QString &warning : endpoint.warnings()) {
        connection += QStringLiteral("<p>⚠ %1</p>").arg(warning.toHtmlEscaped());
    }
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
                                capabilities.canCheckpoint() ? tr("available") : tr("unavailable")) +
                       connection);
    m_summary->setText(tr("Engine ready · checkpointing %1").arg(capabilities.canCheckpoint() ? tr("available") : tr("unavailable")));
}

void ConnectionStatus::showProblem(const EngineError &error)
{
    qCDebug(lcUi) << "not connected:" << error.toString();
    m_banner->setText(error.toString());
    m_banner->setVisible(true);
    setState(tr("● not connected"), EngineStateColours::failed);
    m_summary->setText(tr("Not connected. Fix the problem above, then Reconnect (F5)."));
}

void ConnectionStatus::setState(const QString &text, const QColor &colour)
{
    m_state->setText(text);
    QPalette palette = m_state->palette();
    palette.setColor(QPalette::WindowText, colour);
    m_state->setPalette(palette);
}

} // namespace Stasis
