// What the facts script prints on realistic servers (and on things that are not servers):
// the samples tst_serverfacts parses.
#pragma once

#include <QByteArray>

namespace capataz::testfacts {

inline constexpr qint64 KiB = 1024;

// What the script prints on a Debian 12 server with Debian's docker.io and docker-compose
// packages, ufw on, nginx running, read as root, with a project directory on its own disk.
inline const QByteArray kDebian12 = R"FACTS(capataz.facts=1
id.uid=0
os.PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
os.NAME="Debian GNU/Linux"
os.VERSION_ID="12"
os.VERSION="12 (bookworm)"
os.ID=debian
kernel=6.1.0-13-amd64
hostname=rancho
uptime=277234.56 540123.11
disk.root=/dev/sda1         40470732 12012724  26371700      32% /
disk.project.path=/srv/rancho
disk.project=/dev/mapper/data-srv 103081248 98000000   5081248      96% /srv
mem.MemTotal=4015852
mem.MemFree=181232
mem.MemAvailable=2514008
mem.Buffers=83312
mem.Cached=2061004
mem.SwapTotal=998396
mem.SwapFree=998396
cpus=2
load=0.08 0.12 0.09 1/402 123456
docker.client=Docker version 20.10.24+dfsg1, build 297e128
docker.server=20.10.24+dfsg1
compose.standalone=1.29.2
systemd=1
ufw=status
ufw.out=Status: active
ufw.out=
ufw.out=To                         Action      From
ufw.out=--                         ------      ----
ufw.out=22/tcp                     ALLOW       Anywhere
ufw.out=80,443/tcp                 ALLOW       Anywhere
ufw.out=22/tcp (v6)                ALLOW       Anywhere (v6)
ufw.out=80,443/tcp (v6)            ALLOW       Anywhere (v6)
ufw.out=
nginx.v=nginx version: nginx/1.22.1
nginx.running=1
capataz.end=1
)FACTS";

// Ubuntu 22.04 with Docker's own packages (compose v2 plugin), through sudo.
inline const QByteArray kUbuntu2204 = R"FACTS(capataz.facts=1
id.uid=0
os.PRETTY_NAME="Ubuntu 22.04.3 LTS"
os.NAME="Ubuntu"
os.VERSION_ID="22.04"
os.VERSION="22.04.3 LTS (Jammy Jellyfish)"
os.ID=ubuntu
kernel=5.15.0-88-generic
hostname=web-01
uptime=9012.00 17000.50
disk.root=/dev/root         40581564 38501234   2063946      95% /
mem.MemTotal=8130612
mem.MemFree=120000
mem.MemAvailable=650000
mem.Buffers=20000
mem.Cached=400000
mem.SwapTotal=0
mem.SwapFree=0
cpus=4
load=2.51 1.98 1.75 3/812 99871
docker.client=Docker version 24.0.7, build afdd53b
docker.server=24.0.7
compose.plugin=2.21.0
systemd=1
ufw=status
ufw.out=Status: active
ufw.out=
ufw.out=To                         Action      From
ufw.out=--                         ------      ----
ufw.out=OpenSSH                    ALLOW       Anywhere
ufw.out=Nginx Full                 ALLOW       Anywhere
ufw.out=OpenSSH (v6)               ALLOW       Anywhere (v6)
nginx.v=nginx version: nginx/1.18.0 (Ubuntu)
nginx.running=0
capataz.end=1
)FACTS";

// A small Alpine box: busybox df, no docker, no ufw, no nginx, no systemd, read as a user.
inline const QByteArray kMinimal = R"FACTS(capataz.facts=1
id.uid=1000
os.NAME="Alpine Linux"
os.ID=alpine
os.VERSION_ID=3.18.4
os.PRETTY_NAME="Alpine Linux v3.18"
kernel=6.1.55-0-virt
hostname=tiny
uptime=61.20 50.01
disk.root=/dev/vda3              1919748    412896   1391228  23% /
mem.MemTotal=492808
mem.MemFree=300000
mem.MemAvailable=380000
mem.Buffers=2000
mem.Cached=60000
mem.SwapTotal=0
mem.SwapFree=0
cpus=1
load=0.00 0.00 0.00 1/60 1234
systemd=0
ufw=missing
capataz.end=1
)FACTS";

// Ubuntu 24.04 read as a user outside the docker group: the daemon does not answer, ufw's
// state needs root.
inline const QByteArray kNonRoot = R"FACTS(capataz.facts=1
id.uid=1001
os.PRETTY_NAME="Ubuntu 24.04.1 LTS"
os.NAME="Ubuntu"
os.VERSION_ID="24.04"
os.ID=ubuntu
kernel=6.8.0-45-generic
hostname=app
uptime=3600.99 7000.00
disk.root=/dev/sda1 81106868 20000000 61090484 25% /
mem.MemTotal=16365000
mem.MemAvailable=12000000
mem.SwapTotal=4194300
mem.SwapFree=4000000
cpus=8
load=0.50 0.40 0.30 2/900 4321
docker.client=Docker version 27.3.1, build ce12230
docker.server=
compose.plugin=v2.29.7
systemd=1
ufw=notroot
nginx.v=nginx version: nginx/1.24.0 (Ubuntu)
nginx.running=1
capataz.end=1
)FACTS";

// A login banner and junk around the real lines, CRLF endings, unknown keys, bad numbers, a
// file system and mount point with spaces, no MemAvailable (kernel < 3.14), podman-compose.
inline const QByteArray kGarbage = "Welcome to Ubuntu!\r\n"
                                   "capataz.facts=1\r\n"
                                   "id.uid=0\r\n"
                                   "=no key\r\n"
                                   "no equals sign at all\r\n"
                                   "bad key!=x\r\n"
                                   "os.NAME='Rocky Linux'\r\n"
                                   "os.VERSION_ID=\"9.3\"\r\n"
                                   "os.PRETTY_NAME=\"Rocky \\\"Blue Onyx\\\" 9.3\"\r\n"
                                   "future.key=whatever\r\n"
                                   "kernel=5.14.0-362.8.1.el9_3.x86_64\r\n"
                                   "hostname=rocky\r\n"
                                   "uptime=abc def\r\n"
                                   "disk.root=my nfs:/export 1000 400 600 40% /mnt/with space\r\n"
                                   "mem.MemTotal=lots\r\n"
                                   "mem.MemFree=1000\r\n"
                                   "mem.Buffers=100\r\n"
                                   "mem.Cached=900\r\n"
                                   "mem.SwapTotal=-5\r\n"
                                   "cpus=two\r\n"
                                   "load=0.1 0.2\r\n"
                                   "compose.podman=podman-compose version: 1.0.6\r\n"
                                   "compose.podman=['podman', '--version', '']\r\n"
                                   "compose.podman=using podman version: 4.6.1\r\n"
                                   "systemd=1\r\n"
                                   "ufw=status\r\n"
                                   "ufw.out=ERROR: problem running iptables: modprobe failed\r\n"
                                   "capataz.end=1\r\n";

// Cut off in the middle (connection lost): what came is kept.
inline const QByteArray kTruncated = "capataz.facts=1\nid.uid=0\nhostname=half\nkernel=6.1.0\nmem.MemTot";

} // namespace capataz::testfacts
