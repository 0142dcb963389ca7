// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineendpoint.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QAction;
class QColor;
class QComboBox;
class QLabel;
class QWidget;

namespace Stasis
{

class EngineSession;
struct EngineCapabilities;
struct EngineError;

/// The engine box (type an address, Enter switches), the connection state
/// beside it, Reconnect, the banner that says what is wrong, the engine's
/// details and the status bar's summary — all following one session.
class ConnectionStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatus)

public:
    /// The widgets are made with @p window as their parent; the window lays them out.
    explicit ConnectionStatus(QWidget *window);

    QComboBox *engineBox() const
    {
        return m_engineBox;
    }
    QLabel *state() const
    {
        return m_state;
    }
    QAction *reconnectAction() const
    {
        return m_reconnectAction;
    }
    QLabel *banner() const
    {
        return m_banner;
    }
    QLabel *details() const
    {
        return m_details;
    }
    QLabel *summary() const
    {
        return m_summary;
    }

    /// Shows @p session's progress from now on.
    void follow(EngineSession *session);
    /// Connects to @p endpoint (engineChosen()) — when it is insecure
    /// (EngineEndpoint::insecurity()), only after the user said yes to it.
    void choose(const EngineEndpoint &endpoint);

Q_SIGNALS:
    /// An engine to connect to: the start's, typed into the box, or Reconnect.
    void engineChosen(const Stasis::EngineEndpoint &endpoint);

private:
    void chooseEngine(const QString &text);
    void showCapabilities(const EngineCapabilities &capabilities);
    void showProblem(const EngineError &error);
    void setState(const QString &text, const QColor &colour);

    QComboBox *m_engineBox;
    QLabel *m_state;
    QAction *m_reconnectAction;
    QLabel *m_banner;
    QLabel *m_details;
    QLabel *m_summary;
    QPointer<EngineSession> m_session;
    /// Insecure engines the user agreed to connect to, by URL.
    QSet<QString> m_acceptedInsecure;
};

} // namespace Stasis
