bpolpo search payroll india
