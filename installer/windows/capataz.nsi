; Capataz: Windows installer (NSIS 3, Unicode).
;
; Packs a staging directory made by `cmake --install` + windeployqt (see README.md beside this
; file). `cpack -G NSIS` (configured in installer/CMakeLists.txt) is the other way to build an
; installer; this script is for a hand-run or CI build that wants full control.
;
;   makensis /DVERSION=0.1.0 /DSTAGE=C:\path\to\stage installer\windows\capataz.nsi
;
; Defines:
;   VERSION       version, x.y.z (required; keep it equal to project(VERSION) in CMakeLists.txt)
;   STAGE         staging directory, the --prefix of `cmake --install` (required)
;   OUTFILE       output file (default: capataz-<VERSION>-win64-setup.exe, next to this script)
;   LICENSE_FILE  licence text to show on a licence page (optional, see installer/LICENSE-NOTE.md)
;
; windeployqt: the staging directory must already hold the Qt runtime next to capataz.exe
; (Qt6Core.dll, Qt6Widgets.dll, platforms\qwindows.dll, sqldrivers\qsqlite.dll, ...), plus the
; non-Qt DLLs (libssh2, OpenSSL's libcrypto, yaml-cpp, qt6keychain) and the MSVC runtime.
; `cmake --install` runs windeployqt itself (qt_generate_deploy_app_script); otherwise run
;   windeployqt --release --compiler-runtime STAGE\bin\capataz.exe
; This script only checks that capataz.exe and Qt6Core.dll are there.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel admin

!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=x.y.z ..."
!endif
!ifndef STAGE
  !error "Pass the staging directory: makensis /DSTAGE=... (the --prefix of cmake --install)"
!endif
!ifndef OUTFILE
  !define OUTFILE "capataz-${VERSION}-win64-setup.exe"
!endif

!define APP_NAME      "Capataz"
!define APP_ID        "io.capataz.Capataz"
!define APP_PUBLISHER "The Capataz developers"
!define APP_URL       "https://capataz.example"
!define APP_EXE       "bin\capataz.exe"
!define UNINST_KEY    "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define APP_KEY       "Software\Capataz"
!define ICON_FILE     "${__FILEDIR__}\..\..\resources\icons\capataz.ico"

; Fail at compile time, not on the user's machine, if the staging directory is incomplete.
!if /FileExists "${STAGE}\${APP_EXE}"
!else
  !error "${STAGE}\${APP_EXE} not found: run cmake --install with --prefix ${STAGE} first"
!endif
!if /FileExists "${STAGE}\bin\Qt6Core.dll"
!else
  !error "${STAGE}\bin\Qt6Core.dll not found: run windeployqt on ${STAGE}\${APP_EXE} first"
!endif

!include "MUI2.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
InstallDirRegKey HKLM "${APP_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName"     "${APP_NAME}"
VIAddVersionKey /LANG=1033 "ProductVersion"  "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion"     "${VERSION}"
VIAddVersionKey /LANG=1033 "CompanyName"     "${APP_PUBLISHER}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=1033 "LegalCopyright"  "GPL-3.0-or-later"

!define MUI_ICON   "${ICON_FILE}"
!define MUI_UNICON "${ICON_FILE}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!ifdef LICENSE_FILE
  !insertmacro MUI_PAGE_LICENSE "${LICENSE_FILE}"
!endif
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Spanish"

LangString SHORTCUT_DESC ${LANG_ENGLISH} "Set up, watch and back up Docker Compose services over SSH"
LangString SHORTCUT_DESC ${LANG_SPANISH} "Instala, vigila y respalda servicios de Docker Compose por SSH"
LangString NEED_64BIT    ${LANG_ENGLISH} "Capataz needs 64-bit Windows 10 or later."
LangString NEED_64BIT    ${LANG_SPANISH} "Capataz necesita Windows 10 o posterior de 64 bits."
LangString NOT_OURS      ${LANG_ENGLISH} "$INSTDIR does not look like a Capataz installation; nothing was removed."
LangString NOT_OURS      ${LANG_SPANISH} "$INSTDIR no parece una instalación de Capataz; no se ha borrado nada."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(NEED_64BIT)"
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "Capataz" SecMain
  SectionIn RO
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  ; Everything cmake --install and windeployqt put in the staging directory (bin\, plugins, ...).
  File /r "${STAGE}\*.*"
  File "/oname=capataz.ico" "${ICON_FILE}"

  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Start menu shortcut.
  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" \
                 "$INSTDIR\capataz.ico" 0 SW_SHOWNORMAL "" "$(SHORTCUT_DESC)"

  ; Install location, and the entry in Settings > Apps (Add/Remove Programs).
  WriteRegStr   HKLM "${APP_KEY}"    "InstallDir"           "$INSTDIR"
  WriteRegStr   HKLM "${UNINST_KEY}" "DisplayName"          "${APP_NAME}"
  WriteRegStr   HKLM "${UNINST_KEY}" "DisplayVersion"       "${VERSION}"
  WriteRegStr   HKLM "${UNINST_KEY}" "Publisher"            "${APP_PUBLISHER}"
  WriteRegStr   HKLM "${UNINST_KEY}" "URLInfoAbout"         "${APP_URL}"
  WriteRegStr   HKLM "${UNINST_KEY}" "HelpLink"             "${APP_URL}"
  WriteRegStr   HKLM "${UNINST_KEY}" "DisplayIcon"          "$INSTDIR\capataz.ico"
  WriteRegStr   HKLM "${UNINST_KEY}" "InstallLocation"      "$INSTDIR"
  WriteRegStr   HKLM "${UNINST_KEY}" "UninstallString"      '"$INSTDIR\uninstall.exe"'
  WriteRegStr   HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  ; RMDir /r below is only safe on a directory this installer made.
  IfFileExists "$INSTDIR\${APP_EXE}" +3 0
    MessageBox MB_ICONSTOP "$(NOT_OURS)"
    Abort

  Delete "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk"
  RMDir  "$SMPROGRAMS\${APP_NAME}"

  RMDir /r "$INSTDIR\bin"
  Delete "$INSTDIR\capataz.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir /r "$INSTDIR\share"
  RMDir "$INSTDIR"

  DeleteRegKey HKLM "${UNINST_KEY}"
  DeleteRegKey HKLM "${APP_KEY}"
  ; The user's own settings and data (under %APPDATA% and %LOCALAPPDATA%) are left in place.
SectionEnd
