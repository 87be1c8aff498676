# What run.sh, load.sh and bench.sh share; they source it from the project folder.
#
#   stack_run JAR [JAVA_OPTION ...] -- [SCRIPT_ARGUMENT ...]
#
# Builds the project first unless --no-build is given (or --help/-h, once JAR is built), then runs
# `java JAVA_OPTION ... SCRIPT_ARGUMENT ...` in place of the script, without --no-build.

stack_run() {
  local jar=$1
  shift
  local -a java_options=()
  while [[ $# -gt 0 && $1 != -- ]]; do
    java_options+=("$1")
    shift
  done
  shift

  local build=true
  local -a args=()
  local arg
  for arg in "$@"; do
    case "$arg" in
      --no-build) build=false ;;
      --help|-h) [[ -f "$jar" ]] && build=false; args+=("--help") ;;
      *) args+=("$arg") ;;
    esac
  done

  if $build; then
    echo "Building the project (./mvnw -B -q -DskipTests install) ..."
    ./mvnw -B -q -DskipTests install
  fi

  exec java ${java_options[@]+"${java_options[@]}"} ${args[@]+"${args[@]}"}
}
