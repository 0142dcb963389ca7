// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "engineendpoint.h"

#include <QList>
#include <QObject>

namespace Stasis
{

class DockerContextStore;
class EngineSession;

/// The engines the user keeps, each connected at once through an
/// EngineSession of its own — what a container can move to, and where one
/// engine going away touches only its own session. The addresses (with a
/// TLS folder) are kept in the settings, group `Engines`.
class EngineList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineList)

public:
    explicit EngineList(QObject *parent = nullptr);

    /// Connects to every engine the settings keep.
    void restore();
    /// Keeps @p endpoint and connects to it; the session it has when it is kept already.
    EngineSession *add(const EngineEndpoint &endpoint);
    /// Keeps the engine of every context in @p store (the Docker CLI's);
    /// what could not be used, one sentence each.
    QStringList addDockerContexts(const DockerContextStore &store);
    /// Forgets @p session's engine; the session goes once its helper containers are removed.
    void remove(EngineSession *session);

    const QList<EngineSession *> &sessions() const
    {
        return m_sessions;
    }
    /// The session of the engine shown as @p displayUrl; nullptr when it is not kept.
    EngineSession *find(const QString &displayUrl) const;

Q_SIGNALS:
    void added(Stasis::EngineSession *session);
    /// Before @p session goes.
    void removing(Stasis::EngineSession *session);

private:
    void save() const;

    QList<EngineSession *> m_sessions;
};

} // namespace Stasis
