// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "enginecapabilities.h"
#include "engineendpoint.h"
#include "engineerror.h"

#include <QObject>

namespace Stasis
{

class ContainerMonitor;
class EngineClient;
class HelperRegistry;

/// One engine as the window sees it: a client, its capabilities, and the
/// live container monitor, started once the engine answered, and the
/// registry of the client's helper containers. Connecting also removes
/// helper containers that a killed Stasis left behind.
class EngineSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineSession)

public:
    explicit EngineSession(const EngineEndpoint &endpoint, QObject *parent = nullptr);

    /// Connects, reads the engine's version and capabilities, then follows its containers.
    void start();

    EngineClient *client() const
    {
        return m_client;
    }
    ContainerMonitor *monitor() const
    {
        return m_monitor;
    }
    /// The client's helper containers (also HelperRegistry::of(client())).
    HelperRegistry *helpers() const
    {
        return m_helpers;
    }
    /// Valid after ready().
    const EngineCapabilities &capabilities() const
    {
        return m_capabilities;
    }

Q_SIGNALS:
    void ready(const Stasis::EngineCapabilities &capabilities);
    void failed(const Stasis::EngineError &error);
    /// After ready(): helper containers a killed Stasis left behind (older
    /// than an hour) were removed; @p count of them.
    void helpersSwept(int count);

private:
    void fail(const EngineError &error);
    void sweepHelpers();

    EngineClient *m_client;
    HelperRegistry *m_helpers;
    ContainerMonitor *m_monitor;
    EngineCapabilities m_capabilities;
};

} // namespace Stasis
