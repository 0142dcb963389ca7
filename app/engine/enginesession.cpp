// SPDX-License-Identifier: GPL-2.0-or-later
#include "enginesession.h"

#include "containermonitor.h"
#include "engineclient.h"
#include "helperregistry.h"
#include "helperslogging.h"

namespace Stasis
{

EngineSession::EngineSession(const EngineEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_client(new EngineClient(endpoint, this))
    , m_helpers(HelperRegistry::of(m_client))
    , m_monitor(new ContainerMonitor(m_client, this))
{
}

void EngineSession::start()
{
    m_client->connectToEngine().then(this, [this](const EngineResult<EnginePing> &ping) {
        if (!ping) {
            return fail(ping.error());
        }
        m_client->version().then(this, [this, ping = *ping](const EngineResult<EngineVersion> &version) {
            if (!version) {
                return fail(version.error());
            }
            m_client->info().then(this, [this, ping, version = *version](const EngineResult<EngineInfo> &info) {
                if (!info) {
                    return fail(info.error());
                }
                m_capabilities = EngineCapabilities::from(ping, version, *info);
                Q_EMIT ready(m_capabilities);
                m_monitor->start();
                sweepHelpers();
            });
        });
    });
}

void EngineSession::sweepHelpers()
{
    m_helpers->sweep().then(this, [this](const EngineResult<int> &swept) {
        if (!swept) {
            qCWarning(lcHelpers) << "could not remove old helper containers:" << swept.error().message;
            return;
        }
        if (*swept > 0) {
            qCInfo(lcHelpers) << "removed" << *swept << "helper containers left behind by an earlier run";
        }
        Q_EMIT helpersSwept(*swept);
    });
}

void EngineSession::fail(const EngineError &error)
{
    Q_EMIT failed(error);
}

} // namespace Stasis
