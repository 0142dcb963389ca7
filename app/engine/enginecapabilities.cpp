// SPDX-License-Identifier: GPL-2.0-or-later
#include "enginecapabilities.h"

namespace Stasis
{

EngineCapabilities EngineCapabilities::from(const EnginePing &ping, const EngineVersion &version, const EngineInfo &info)
{
    EngineCapabilities capabilities{version, info, ping.apiVersion, ping.experimental || info.experimentalBuild, {}};
    const QString os = !info.osType.isEmpty() ? info.osType : version.os;
    if (os != QLatin1String("linux")) {
        capabilities.checkpointProblem = tr("This engine runs %1 containers; checkpoints need a Linux engine with CRIU. "
                                            "Connect to a Linux engine.")
                                             .arg(os.isEmpty() ? QStringLiteral("unknown") : os);
    } else if (!capabilities.experimental) {
        capabilities.checkpointProblem =
            tr("Checkpoints are off: the engine runs without experimental mode. Add "
               "\"experimental\": true to /etc/docker/daemon.json (or start dockerd with "
               "--experimental), restart the engine, then reconnect.");
    }
    return capabilities;
}

} // namespace Stasis
